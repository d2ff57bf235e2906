package nl.themaplein.portal.library;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import nl.themaplein.portal.error.InvalidInputException;

/**
 * The image files of room photos: an upload is decoded (which proves it is a JPEG or PNG image, not
 * just named like one), drawn afresh and written as JPEG in the sizes of {@link Size}. Drawing the
 * pixels anew leaves every piece of metadata behind (EXIF with GPS position, comments, colour
 * profiles). Files are named by a random key the server makes. EXIF orientation is not applied: a
 * photo taken sideways shows sideways (known shortcoming).
 */
public final class RoomPhotoFiles {

    /** Largest upload accepted, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Largest image accepted, in pixels, checked before decoding (a small file can be huge). */
    static final long MAX_PIXELS = 50_000_000L;

    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final float QUALITY = 0.85f;

    /** The stored variants, by their longest side in pixels. */
    public enum Size {
        LARGE(1600),
        SMALL(480);

        private final int longSide;

        Size(int longSide) {
            this.longSide = longSide;
        }

        public int longSide() {
            return longSide;
        }

        /** The size named in a URL, by its pixels ({@code 1600}, {@code 480}). */
        public static Optional<Size> of(String pixels) {
            for (Size size : values()) {
                if (String.valueOf(size.longSide).equals(pixels)) {
                    return Optional.of(size);
                }
            }
            return Optional.empty();
        }
    }

    /** What was stored: the key of the files and the size of the largest variant. */
    public record Stored(String key, int width, int height) {}

    private final Path directory;

    /** Files under {@code directory} ({@code <portal.data.dir>/media/rooms}). */
    public RoomPhotoFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Decodes, re-encodes and stores an upload in every size.
     *
     * @throws InvalidInputException ({@code field}) when it is too large or not a JPEG or PNG image
     */
    public Stored store(String field, byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException(field, LibraryMessages.PHOTO_TOO_LARGE, 10);
        }
        BufferedImage image = decode(field, upload);
        String key = UUID.randomUUID().toString().replace("-", "");
        try {
            Files.createDirectories(directory);
            int[] largest = null;
            for (Size size : Size.values()) {
                BufferedImage scaled = scaled(image, size.longSide());
                write(scaled, path(key, size));
                if (largest == null) {
                    largest = new int[] {scaled.getWidth(), scaled.getHeight()};
                }
            }
            return new Stored(key, largest[0], largest[1]);
        } catch (IOException e) {
            delete(key);
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one variant. */
    public Path path(String key, Size size) {
        return directory.resolve(key + "-" + size.longSide() + ".jpg");
    }

    /** Deletes the files of a photo; missing files are fine. */
    public void delete(String key) {
        for (Size size : Size.values()) {
            try {
                Files.deleteIfExists(path(key, size));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static BufferedImage decode(String field, byte[] upload) {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException(field, LibraryMessages.PHOTO_NOT_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException(field, LibraryMessages.PHOTO_NOT_IMAGE);
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidInputException(field, LibraryMessages.PHOTO_TOO_MANY_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new InvalidInputException(field, LibraryMessages.PHOTO_NOT_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // A truncated or forged file fails inside the decoder in many ways; all mean "no
            // image".
            throw new InvalidInputException(field, LibraryMessages.PHOTO_NOT_IMAGE);
        }
    }

    /**
     * The image drawn on white (JPEG has no transparency) with its long side at most {@code max}.
     */
    static BufferedImage scaled(BufferedImage image, int max) {
        int width = image.getWidth();
        int height = image.getHeight();
        double factor = Math.min(1.0, (double) max / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void write(BufferedImage image, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "upload-", ".tmp");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream file = Files.newOutputStream(temporary);
                ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(
                temporary,
                target,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
