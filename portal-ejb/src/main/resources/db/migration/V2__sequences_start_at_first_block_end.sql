-- EclipseLink takes the value it reads from a sequence as the LAST id of its block of 50
-- (allocationSize), so a sequence that starts at 1 gives it the block -48..1, which it refuses.
-- Starting at 50 gives ids 1 to 50 first, then 51 to 100 when it reads 100, and so on.
-- V1 already ran on some databases, so it stays as it was and this script corrects the start.
ALTER SEQUENCE organisation_seq RESTART WITH 50;
ALTER SEQUENCE branch_seq RESTART WITH 50;
ALTER SEQUENCE opening_exception_seq RESTART WITH 50;
ALTER SEQUENCE room_seq RESTART WITH 50;
ALTER SEQUENCE theme_seq RESTART WITH 50;
ALTER SEQUENCE account_seq RESTART WITH 50;
ALTER SEQUENCE account_role_seq RESTART WITH 50;
