package nl.themaplein.portal.rest.me;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.themaplein.portal.account.MeService;

/**
 * {@code GET /api/v1/me}: the calling account as it sees itself. A record so that later parts of
 * the API (consents, export) add a component here without changing the others. Absent values are
 * written as {@code null}, not left out.
 *
 * @param id the account id
 * @param displayName the name shown to others
 * @param email the e-mail address the account logs in with
 * @param language {@code nl} or {@code en}
 * @param homeBranch the member's own branch, or null
 * @param themes the themes followed, named in the account's language
 * @param roles the roles held, per organisation
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "displayName", "email", "language", "homeBranch", "themes", "roles"})
public record MeResponse(
        long id,
        String displayName,
        String email,
        String language,
        HomeBranch homeBranch,
        List<ThemeFollowed> themes,
        List<RoleHeld> roles) {

    /** A branch and the organisation it belongs to. */
    public record HomeBranch(String code, String name, Organisation organisation) {}

    /** An organisation by code and name. */
    public record Organisation(String code, String name) {}

    /** A theme by code, with its name in the account's language. */
    public record ThemeFollowed(String code, String name) {}

    /** A role in an organisation; {@code theme} is the curated theme, only for curators. */
    @JsonbNillable
    public record RoleHeld(String organisation, String role, String theme) {}

    /** The answer for the service's view of the account. */
    public static MeResponse of(MeService.Me me) {
        MeService.BranchView branch = me.homeBranch();
        return new MeResponse(
                me.id(),
                me.displayName(),
                me.email(),
                me.language().code(),
                branch == null
                        ? null
                        : new HomeBranch(
                                branch.code(),
                                branch.name(),
                                new Organisation(
                                        branch.organisationCode(), branch.organisationName())),
                me.themes().stream().map(t -> new ThemeFollowed(t.code(), t.name())).toList(),
                me.roles().stream()
                        .map(
                                r ->
                                        new RoleHeld(
                                                r.organisationCode(),
                                                r.role().name(),
                                                r.themeCode()))
                        .toList());
    }
}
