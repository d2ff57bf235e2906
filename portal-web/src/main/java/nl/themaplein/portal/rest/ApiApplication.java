package nl.themaplein.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import nl.themaplein.portal.rest.admin.ImportResource;
import nl.themaplein.portal.rest.admin.InterestImportResource;
import nl.themaplein.portal.rest.admin.RoleResource;
import nl.themaplein.portal.rest.auth.TokenResource;
import nl.themaplein.portal.rest.error.ConstraintViolationMapper;
import nl.themaplein.portal.rest.error.PortalExceptionMapper;
import nl.themaplein.portal.rest.error.SearchUnavailableMapper;
import nl.themaplein.portal.rest.error.ThrowableMapper;
import nl.themaplein.portal.rest.error.UnprocessableInputMapper;
import nl.themaplein.portal.rest.error.WebApplicationExceptionMapper;
import nl.themaplein.portal.rest.library.OrganisationAccessMapper;
import nl.themaplein.portal.rest.library.OrganisationResource;
import nl.themaplein.portal.rest.me.ConsentResource;
import nl.themaplein.portal.rest.me.ExportResource;
import nl.themaplein.portal.rest.me.MeResource;
import nl.themaplein.portal.rest.record.RecordResource;
import nl.themaplein.portal.rest.search.SearchResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1, under {@code /api/v1}. Its classes are listed here rather than found by
 * scanning: SolrJ in {@code WEB-INF/lib} carries JAX-RS interfaces of Solr's own API that Jersey
 * would otherwise scan and warn about. Payara serves the OpenAPI document of this API at {@code
 * /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Themaplein API",
                        version = "1",
                        description =
                                "The REST API of Themaplein, the portal public libraries run for"
                                    + " their members: catalogue search and records, the calling"
                                    + " account (/me), login for API clients and the staff"
                                    + " endpoints. Errors are application/problem+json (RFC 9457)"
                                    + " with an incident id in 'instance'. Authenticate with HTTP"
                                    + " Basic (e-mail address and password) or with a token from"
                                    + " POST /api/v1/auth/tokens as 'Authorization: Bearer"
                                    + " <token>'."))
@SecurityScheme(
        securitySchemeName = ApiDocumentation.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "The e-mail address and password of an account.")
@SecurityScheme(
        securitySchemeName = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A token from POST /api/v1/auth/tokens; it works for 30 days.")
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
                // Slice B: consents, export, roles, interest import.
                ConsentResource.class,
                ExportResource.class,
                RoleResource.class,
                InterestImportResource.class,
                // Slice D: the caller's own API and tokens.
                MeResource.class,
                TokenResource.class,
                UnprocessableInputMapper.class,
                // Slice C: organisations, branches, rooms, themes.
                OrganisationResource.class,
                OrganisationAccessMapper.class,
                // Every JSON request body: unreadable or ill-typed is 400 naming the body or field.
                JsonBodyReader.class);
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
