-- Issue 3, slice C: photos of rooms, with alt text in Dutch and English.
--
-- The image bytes live on disk under <portal.data.dir>/media/rooms/, re-encoded by the server in
-- sized variants (no metadata such as GPS survives); file_key is the server-made base name of
-- those files, never anything the uploader chose. sort_order orders the photos of one room.
-- Same SQL on H2 2.2 and PostgreSQL 15; the sequence starts at its first block's end (see V2).
CREATE SEQUENCE room_photo_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE room_photo (
    id         BIGINT                   NOT NULL,
    version    INTEGER                  NOT NULL,
    room_id    BIGINT                   NOT NULL,
    sort_order INTEGER                  NOT NULL,
    file_key   VARCHAR(40)              NOT NULL,
    alt_nl     VARCHAR(300)             NOT NULL,
    alt_en     VARCHAR(300)             NOT NULL,
    width      INTEGER                  NOT NULL,
    height     INTEGER                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_room_photo PRIMARY KEY (id),
    CONSTRAINT fk_room_photo_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT uq_room_photo_file_key UNIQUE (file_key),
    CONSTRAINT ck_room_photo_sort_order CHECK (sort_order >= 0),
    CONSTRAINT ck_room_photo_size CHECK (width > 0 AND height > 0)
);
CREATE INDEX ix_room_photo_room ON room_photo (room_id);
