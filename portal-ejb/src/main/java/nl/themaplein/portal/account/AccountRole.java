package nl.themaplein.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.themaplein.portal.error.InvalidInputException;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Messages;
import nl.themaplein.portal.theme.Theme;

/**
 * A role an account holds within one organisation, since when. A curator curates one theme; no
 * other role names a theme. A grant does not change: revoking deletes it.
 */
@Entity
@Table(name = "account_role")
public class AccountRole {

    @Id
    @SequenceGenerator(
            name = "account_role_seq",
            sequenceName = "account_role_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_role_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20, updatable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id", updatable = false)
    private Theme theme;

    @NotNull
    @Column(name = "granted_at", nullable = false, updatable = false)
    private OffsetDateTime grantedAt;

    protected AccountRole() {}

    AccountRole(
            Account account, Organisation organisation, Role role, Theme theme, Instant grantedAt) {
        if (role == Role.CURATOR && theme == null) {
            throw new InvalidInputException("theme", Messages.CURATOR_NEEDS_THEME);
        }
        if (role != Role.CURATOR && theme != null) {
            throw new InvalidInputException("theme", Messages.ONLY_CURATOR_HAS_THEME);
        }
        this.account = account;
        this.organisation = organisation;
        this.role = role;
        this.theme = theme;
        this.grantedAt = Timestamps.toColumn(grantedAt);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Role getRole() {
        return role;
    }

    /** The theme a curator curates; null for every other role. */
    public Theme getTheme() {
        return theme;
    }

    public Instant getGrantedAt() {
        return Timestamps.fromColumn(grantedAt);
    }

    /** True when this grant is the same role in the same organisation (and theme). */
    boolean grants(Organisation organisation, Role role, Theme theme) {
        return this.role == role
                && Objects.equals(this.organisation.getId(), organisation.getId())
                && Objects.equals(idOf(this.theme), idOf(theme));
    }

    private static Long idOf(Theme theme) {
        return theme == null ? null : theme.getId();
    }
}
