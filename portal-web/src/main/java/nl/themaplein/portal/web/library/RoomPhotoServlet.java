package nl.themaplein.portal.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.themaplein.portal.library.LibraryService;
import nl.themaplein.portal.library.RoomPhoto;
import nl.themaplein.portal.library.RoomPhotoFiles;

/**
 * Serves room photos, public like the branches page: {@code /media/rooms/{photoId}/{size}.jpg} with
 * size 1600 or 480. Always {@code image/jpeg} (the server wrote the file), {@code nosniff}, a year
 * of caching with an ETag: a photo's files never change, a new upload gets a new id.
 */
@WebServlet("/media/rooms/*")
public class RoomPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([0-9]{1,4})\\.jpg");

    @Inject private LibraryService libraries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Path> file = file(request.getPathInfo());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.get().getFileName() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    private Optional<Path> file(String pathInfo) {
        Matcher matcher = PATH.matcher(pathInfo == null ? "" : pathInfo);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<RoomPhotoFiles.Size> size = RoomPhotoFiles.Size.of(matcher.group(2));
        Optional<RoomPhoto> photo = libraries.findPhoto(Long.parseLong(matcher.group(1)));
        if (size.isEmpty() || photo.isEmpty()) {
            return Optional.empty();
        }
        Path path = libraries.photoFiles().path(photo.get().getFileKey(), size.get());
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
