package nl.themaplein.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the integration tests: real requests to the deployed portal. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = newClient(null);

    private final URL base;
    private final HttpClient client;

    public Http(URL base) {
        this(base, CLIENT);
    }

    private Http(URL base, HttpClient client) {
        this.base = withSlash(base);
        this.client = client;
    }

    /**
     * A client of its own that keeps cookies, like a browser session. Like a browser talking to
     * {@code http://localhost} (a secure context for browsers) it sends {@code Secure} cookies over
     * plain HTTP to the test server; Java's {@link CookieManager} alone would drop them, and the
     * portal's session cookie is always Secure.
     */
    public Http withCookies() {
        return new Http(base, newClient(new TestServerCookies()));
    }

    private static HttpClient newClient(java.net.CookieHandler cookies) {
        HttpClient.Builder builder =
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /** GET {@code path} (relative to the deployment, without a leading slash). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** POST the file at {@code file} as the body. */
    public HttpResponse<String> post(String path, Path file, String... headers) {
        try {
            return send(
                    request(path, headers).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST {@code body} as the body. */
    public HttpResponse<String> post(String path, byte[] body, String... headers) {
        return send(
                request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Status line and body of a POST that announces {@code contentLength} bytes but sends none,
     * written on a plain socket: for checking that the portal refuses by the announced size alone.
     */
    public String[] postAnnouncingOnly(String path, long contentLength, String... headers) {
        StringBuilder request =
                new StringBuilder()
                        .append("POST ")
                        .append(base.getPath())
                        .append(path)
                        .append(" HTTP/1.1\r\n")
                        .append("Host: ")
                        .append(base.getHost())
                        .append(':')
                        .append(base.getPort())
                        .append("\r\n")
                        .append("Content-Length: ")
                        .append(contentLength)
                        .append("\r\n")
                        .append("Connection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The server answers at once but keeps the connection for the body it was promised, so
            // read the head and then as many bytes as its Content-Length says, not up to the end.
            java.io.InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("The connection closed before the answer's head ended");
                }
                head.write(b);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length =
                    java.util.regex.Pattern.compile("(?im)^Content-Length:\\s*(\\d+)")
                            .matcher(headText);
            byte[] body =
                    length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return new String[] {
                headText.substring(0, headText.indexOf("\r\n")),
                new String(body, StandardCharsets.UTF_8)
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The base URL ending in a slash, so paths can be appended. Arquillian sometimes hands out the
     * deployment's URL without one when the context root is {@code /}.
     */
    public static URL withSlash(URL base) {
        if (base.getPath().endsWith("/")) {
            return base;
        }
        try {
            return URI.create(base + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Any method with a JSON body ({@code null} for none), e.g. PUT or DELETE. */
    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(builder.build());
    }

    /**
     * Cookies kept by a {@link CookieManager}, the test server counting as a secure origin (the
     * session cookie is always Secure; browsers send it to localhost over plain HTTP too).
     */
    static final class TestServerCookies extends java.net.CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public java.util.Map<String, java.util.List<String>> get(
                URI uri, java.util.Map<String, java.util.List<String>> requestHeaders)
                throws IOException {
            return cookies.get(asSecure(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> responseHeaders)
                throws IOException {
            cookies.put(asSecure(uri), responseHeaders);
        }

        private static URI asSecure(URI uri) {
            return "http".equals(uri.getScheme())
                    ? URI.create("https" + uri.toString().substring("http".length()))
                    : uri;
        }
    }

    /** The JSON body of {@code response}. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(
                    "Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The value of an {@code Authorization} header for Basic authentication. */
    public static String basic(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of an {@code Authorization} header for a Bearer token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** {@code value} encoded for a query string. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base.toString() + path))
                        .timeout(Duration.ofSeconds(120));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
