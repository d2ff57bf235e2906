package nl.themaplein.search;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Solr is and how long to wait for it. Exactly one way in:
 *
 * <ul>
 *   <li>{@link #standalone standalone}: one Solr node's base URL, e.g. {@code
 *       http://localhost:8983/solr};
 *   <li>{@link #zooKeeper ZooKeeper}: SolrCloud through its ZooKeeper ensemble, e.g. {@code
 *       zk1:2181,zk2:2181,zk3:2181/solr} (the part from the first {@code /} is the chroot);
 *   <li>{@link #cloudUrls Solr URLs}: SolrCloud through the HTTP addresses of some of its nodes.
 * </ul>
 *
 * The collection (or core) name travels separately; see {@link SolrClients}.
 *
 * @param mode which of the three
 * @param urls the standalone URL (one) or the SolrCloud node URLs; empty for ZooKeeper
 * @param zkHosts ZooKeeper {@code host:port} entries; empty unless {@link Mode#ZOOKEEPER}
 * @param zkChroot ZooKeeper chroot such as {@code /solr}, or null
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 */
public record SolrConnectionSettings(
        Mode mode,
        List<String> urls,
        List<String> zkHosts,
        String zkChroot,
        Duration connectTimeout,
        Duration requestTimeout) {

    /** How the portal reaches Solr. */
    public enum Mode {
        STANDALONE,
        ZOOKEEPER,
        SOLR_URLS
    }

    /** Default connection time-out: a node that does not accept in this time is down. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** Default request time-out: generous for imports, still short enough to free a page thread. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Checks the settings; see the class comment. */
    public SolrConnectionSettings {
        Objects.requireNonNull(mode, "mode");
        urls = List.copyOf(urls);
        zkHosts = List.copyOf(zkHosts);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        urls.forEach(SolrConnectionSettings::requireHttpUrl);
        switch (mode) {
            case STANDALONE -> require(urls.size() == 1 && zkHosts.isEmpty(), "one Solr URL");
            case SOLR_URLS -> require(!urls.isEmpty() && zkHosts.isEmpty(), "at least one URL");
            case ZOOKEEPER -> require(urls.isEmpty() && !zkHosts.isEmpty(), "ZooKeeper hosts");
        }
    }

    /** A standalone Solr node at {@code baseUrl} (without core name), default time-outs. */
    public static SolrConnectionSettings standalone(String baseUrl) {
        return new SolrConnectionSettings(
                Mode.STANDALONE,
                List.of(stripSlash(baseUrl)),
                List.of(),
                null,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * SolrCloud through ZooKeeper: {@code hosts} is a comma-separated {@code host:port} list,
     * optionally followed by a chroot ({@code zk1:2181,zk2:2181/solr}); {@code chroot}, when not
     * null, overrides one given in {@code hosts}.
     */
    public static SolrConnectionSettings zooKeeper(String hosts, String chroot) {
        String trimmed = Objects.requireNonNull(hosts, "hosts").trim();
        int slash = trimmed.indexOf('/');
        String hostList = slash < 0 ? trimmed : trimmed.substring(0, slash);
        String chrootInHosts = slash < 0 ? null : trimmed.substring(slash);
        String effectiveChroot =
                chroot != null && !chroot.isBlank() ? chroot.trim() : chrootInHosts;
        return new SolrConnectionSettings(
                Mode.ZOOKEEPER,
                List.of(),
                splitList(hostList),
                normaliseChroot(effectiveChroot),
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** SolrCloud through the base URLs of some of its nodes (comma-separated or a list). */
    public static SolrConnectionSettings cloudUrls(List<String> baseUrls) {
        return new SolrConnectionSettings(
                Mode.SOLR_URLS,
                baseUrls.stream().map(SolrConnectionSettings::stripSlash).toList(),
                List.of(),
                null,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** The same settings with other time-outs. */
    public SolrConnectionSettings withTimeouts(Duration connect, Duration request) {
        return new SolrConnectionSettings(mode, urls, zkHosts, zkChroot, connect, request);
    }

    /** The ZooKeeper chroot, if any. */
    public Optional<String> chroot() {
        return Optional.ofNullable(zkChroot);
    }

    /** For logs: where Solr is, without credentials. */
    public String describe() {
        return switch (mode) {
            case STANDALONE -> "standalone Solr at " + urls.get(0);
            case SOLR_URLS -> "SolrCloud via " + String.join(", ", urls);
            case ZOOKEEPER ->
                    "SolrCloud via ZooKeeper "
                            + String.join(",", zkHosts)
                            + (zkChroot == null ? "" : zkChroot);
        };
    }

    /** Splits a comma-separated list, dropping blanks. */
    public static List<String> splitList(String list) {
        List<String> parts = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private static String normaliseChroot(String chroot) {
        if (chroot == null || chroot.isBlank() || chroot.equals("/")) {
            return null;
        }
        String withSlash = chroot.startsWith("/") ? chroot : "/" + chroot;
        return stripSlash(withSlash);
    }

    private static String stripSlash(String value) {
        String trimmed = Objects.requireNonNull(value, "url").trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static void requireHttpUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("A Solr URL must be http(s)://host…, not " + url);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Solr connection settings need " + what);
        }
    }
}
