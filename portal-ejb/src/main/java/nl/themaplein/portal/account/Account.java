package nl.themaplein.portal.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.themaplein.portal.library.Branch;
import nl.themaplein.portal.library.Organisation;
import nl.themaplein.portal.text.Language;
import nl.themaplein.portal.theme.Theme;

/**
 * Someone who can log in: a member, or staff who also hold other roles. The e-mail address is the
 * login name and is unique regardless of case ({@link EmailAddress#key()}). Only a slow hash of the
 * password is kept. An account can log in once its address is confirmed.
 */
@Entity
@Table(name = "account")
@NamedQuery(
        name = Account.FIND_BY_EMAIL_KEY,
        query = "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.emailKey = :key")
public class Account {

    public static final String FIND_BY_EMAIL_KEY = "Account.findByEmailKey";

    public static final int EMAIL_MAX = EmailAddress.MAX_LENGTH;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_HASH_MAX = 255;
    public static final int MEMBER_NUMBER_MAX = 40;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email_key", nullable = false, length = EMAIL_MAX)
    private String emailKey;

    @NotNull
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @NotNull
    @Size(max = PASSWORD_HASH_MAX)
    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_branch_id")
    private Branch homeBranch;

    @NotNull
    @Convert(converter = LanguageConverter.class)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<AccountRole> roles = new HashSet<>();

    /** Slice B: the number the library's ILS knows the member by; unique per organisation. */
    @Column(name = "member_number", length = MEMBER_NUMBER_MAX)
    private String memberNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_organisation_id")
    private Organisation memberOrganisation;

    @ManyToMany
    @JoinTable(
            name = "account_interest",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> interests = new HashSet<>();

    protected Account() {}

    Account(
            EmailAddress email,
            String displayName,
            String passwordHash,
            Branch homeBranch,
            Language language,
            Instant createdAt) {
        setEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.homeBranch = homeBranch;
        this.language = language;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    /** Gives the role in the organisation unless the account holds it already. */
    AccountRole grant(Organisation organisation, Role role, Theme theme, Instant at) {
        return roles.stream()
                .filter(r -> r.grants(organisation, role, theme))
                .findFirst()
                .orElseGet(
                        () -> {
                            AccountRole grant =
                                    new AccountRole(this, organisation, role, theme, at);
                            roles.add(grant);
                            return grant;
                        });
    }

    /** The groups for Jakarta Security: the names of the roles held in any organisation. */
    public Set<String> groups() {
        return roles.stream()
                .map(r -> r.getRole().name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Long getId() {
        return id;
    }

    /** The address to send mail to. */
    public String getEmail() {
        return email;
    }

    final void setEmail(EmailAddress address) {
        this.email = address.address();
        this.emailKey = address.key();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The member's own branch; null for accounts without one (installation staff). */
    public Branch getHomeBranch() {
        return homeBranch;
    }

    public void setHomeBranch(Branch homeBranch) {
        this.homeBranch = homeBranch;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    /** When the e-mail address was confirmed; null until then. */
    public Instant getConfirmedAt() {
        return Timestamps.fromColumn(confirmedAt);
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = Timestamps.toColumn(at);
        }
    }

    public Set<AccountRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    /** Themes the member is curious about. */
    public Set<Theme> getInterests() {
        return Collections.unmodifiableSet(interests);
    }

    public void setInterests(Set<Theme> themes) {
        interests = new HashSet<>(themes);
    }

    /** Takes the role away (the grant must be one of this account's). */
    void revoke(AccountRole grant) {
        roles.remove(grant);
    }

    /** The member number in the ILS of the home branch's organisation; null when not known. */
    public String getMemberNumber() {
        return memberNumber;
    }

    /** The organisation the member number belongs to (that of the home branch then). */
    public Organisation getMemberOrganisation() {
        return memberOrganisation;
    }

    /**
     * Sets the member number, unique within the organisation of the home branch; null clears it. An
     * account without a home branch has no member number.
     */
    public void setMemberNumber(String number) {
        boolean none = number == null || homeBranch == null;
        this.memberNumber = none ? null : number;
        this.memberOrganisation = none ? null : homeBranch.getOrganisation();
    }

    @Override
    public String toString() {
        // Never the e-mail address or name: this ends up in logs.
        return "Account[" + id + "]";
    }
}
