package nl.themaplein.portal.rest.library;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.themaplein.portal.library.OrganisationAccessException;
import nl.themaplein.portal.rest.error.Incident;
import nl.themaplein.portal.rest.error.Problem;
import nl.themaplein.portal.rest.error.Problems;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.text.Messages;

/** Staff of another organisation (or non-admins on admin matters): 403 with a problem body. */
@Provider
public class OrganisationAccessMapper implements ExceptionMapper<OrganisationAccessException> {

    private static final Logger LOG = Logger.getLogger(OrganisationAccessMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(OrganisationAccessException exception) {
        Locale locale = Problems.locale(headers);
        String incident = Incident.newId();
        LOG.log(
                Level.INFO,
                "Refused: {0}; incident {1}",
                new Object[] {exception.getMessage(), incident});
        String detail = Messages.bundle(Language.of(locale)).getString(exception.messageKey());
        return Problems.response(
                new Problem(
                        "about:blank", Problems.title(403, locale), 403, detail, incident, null));
    }
}
