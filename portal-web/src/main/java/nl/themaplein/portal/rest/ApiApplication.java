package nl.themaplein.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import nl.themaplein.portal.rest.admin.ImportResource;
import nl.themaplein.portal.rest.error.ConstraintViolationMapper;
import nl.themaplein.portal.rest.error.PortalExceptionMapper;
import nl.themaplein.portal.rest.error.SearchUnavailableMapper;
import nl.themaplein.portal.rest.error.ThrowableMapper;
import nl.themaplein.portal.rest.error.WebApplicationExceptionMapper;
import nl.themaplein.portal.rest.library.OrganisationAccessMapper;
import nl.themaplein.portal.rest.library.OrganisationResource;
import nl.themaplein.portal.rest.record.RecordResource;
import nl.themaplein.portal.rest.search.SearchResource;

/**
 * The REST API, version 1, under {@code /api/v1}. Its classes are listed here rather than found by
 * scanning: SolrJ in {@code WEB-INF/lib} carries JAX-RS interfaces of Solr's own API that Jersey
 * would otherwise scan and warn about.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SearchResource.class,
                RecordResource.class,
                ImportResource.class,
                ConstraintViolationMapper.class,
                PortalExceptionMapper.class,
                SearchUnavailableMapper.class,
                WebApplicationExceptionMapper.class,
                ThrowableMapper.class,
                // Issue 3, slice C
                OrganisationResource.class,
                OrganisationAccessMapper.class);
    }

    /**
     * Jersey's {@code @RolesAllowed} support, by name because Jersey is the server's and not on our
     * compile path. The container's security constraint on {@code /api/v1/admin/*} comes first;
     * this keeps a resource's own {@code @RolesAllowed} enforced wherever it is mounted.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
