package nl.themaplein.portal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.themaplein.portal.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Room photo files: decoded to prove they are images, re-encoded in two sizes, metadata gone. */
class RoomPhotoFilesTest {

    @TempDir Path dir;

    @Test
    void aPngIsStoredAsJpegInBothSizesWithTheLongSideLimited() throws IOException {
        RoomPhotoFiles files = new RoomPhotoFiles(dir);

        RoomPhotoFiles.Stored stored = files.store("photo", image("png", 3000, 2000));

        assertThat(stored.width()).isEqualTo(1600);
        assertThat(stored.height()).isEqualTo(1067);
        BufferedImage large =
                ImageIO.read(files.path(stored.key(), RoomPhotoFiles.Size.LARGE).toFile());
        BufferedImage small =
                ImageIO.read(files.path(stored.key(), RoomPhotoFiles.Size.SMALL).toFile());
        assertThat(Math.max(large.getWidth(), large.getHeight())).isEqualTo(1600);
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(480);
        assertThat(Files.readAllBytes(files.path(stored.key(), RoomPhotoFiles.Size.SMALL)))
                .startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(stored.key()).matches("[0-9a-f]{32}");
    }

    @Test
    void aSmallImageIsNotEnlarged() throws IOException {
        RoomPhotoFiles.Stored stored =
                new RoomPhotoFiles(dir).store("photo", image("jpg", 300, 400));

        assertThat(stored.width()).isEqualTo(300);
        assertThat(stored.height()).isEqualTo(400);
    }

    @Test
    void metadataInTheUploadDoesNotSurvive() throws IOException {
        byte[] jpeg = image("jpg", 200, 100);
        // A COM segment right after SOI: a comment such as cameras and editors leave behind.
        byte[] comment = "GPS 52.37,4.89 secret".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream withComment = new ByteArrayOutputStream();
        withComment.write(jpeg, 0, 2);
        withComment.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        withComment.write(comment);
        withComment.write(jpeg, 2, jpeg.length - 2);
        RoomPhotoFiles files = new RoomPhotoFiles(dir);

        RoomPhotoFiles.Stored stored = files.store("photo", withComment.toByteArray());

        String written =
                new String(
                        Files.readAllBytes(files.path(stored.key(), RoomPhotoFiles.Size.LARGE)),
                        StandardCharsets.ISO_8859_1);
        assertThat(written).doesNotContain("GPS 52.37");
    }

    @Test
    void textAndOtherFormatsAreRefusedNamingTheField() throws IOException {
        RoomPhotoFiles files = new RoomPhotoFiles(dir);

        assertThatThrownBy(
                        () -> files.store("photo", "not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("photo");
                            assertThat(e.messageKey()).isEqualTo(LibraryMessages.PHOTO_NOT_IMAGE);
                        });
        assertThatThrownBy(() -> files.store("photo", image("gif", 20, 20)))
                .isInstanceOf(InvalidInputException.class);
        byte[] jpeg = image("jpg", 200, 100);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> files.store("photo", truncated))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.store("photo", new byte[RoomPhotoFiles.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(LibraryMessages.PHOTO_TOO_LARGE));
        try (var left = Files.list(dir)) {
            assertThat(left.filter(p -> p.toString().endsWith(".jpg"))).isEmpty();
        }
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
