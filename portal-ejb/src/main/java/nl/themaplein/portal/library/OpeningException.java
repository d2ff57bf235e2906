package nl.themaplein.portal.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.themaplein.portal.text.Language;

/**
 * A date on which a branch keeps other hours than usual, with the reason shown to members: closed
 * all day (no intervals, e.g. Koningsdag) or open at other times (e.g. 10:00–16:00 on 31 December).
 */
@Entity
@Table(name = "opening_exception")
@NamedQuery(
        name = OpeningException.FIND_BETWEEN,
        query =
                "SELECT e FROM OpeningException e WHERE e.branch = :branch"
                        + " AND e.date BETWEEN :from AND :to ORDER BY e.date")
public class OpeningException {

    public static final String FIND_BETWEEN = "OpeningException.findBetween";

    public static final int REASON_MAX = 200;

    @Id
    @SequenceGenerator(
            name = "opening_exception_seq",
            sequenceName = "opening_exception_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_exception_seq")
    private Long id;

    @Version private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false, updatable = false)
    private Branch branch;

    @NotNull
    @Column(name = "exception_date", nullable = false)
    private LocalDate date;

    @NotNull
    @Size(max = REASON_MAX)
    @Column(name = "reason_nl", nullable = false, length = REASON_MAX)
    private String reasonNl;

    @NotNull
    @Size(max = REASON_MAX)
    @Column(name = "reason_en", nullable = false, length = REASON_MAX)
    private String reasonEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "opening_exception_hours",
            joinColumns = @JoinColumn(name = "exception_id"))
    private List<TimeRange> hours = new ArrayList<>();

    protected OpeningException() {}

    /** An exception for one date; no hours means closed all day. */
    public OpeningException(
            Branch branch,
            LocalDate date,
            String reasonNl,
            String reasonEn,
            List<TimeRange> hours) {
        OpeningHours.requireNoOverlap(date.toString(), hours);
        this.branch = branch;
        this.date = date;
        this.reasonNl = reasonNl;
        this.reasonEn = reasonEn;
        this.hours = new ArrayList<>(hours);
    }

    public Long getId() {
        return id;
    }

    public Branch getBranch() {
        return branch;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The reason in the given language, e.g. "Koningsdag" or "King's Day". */
    public String getReason(Language language) {
        return language == Language.EN ? reasonEn : reasonNl;
    }

    /** The hours of that day, by opening time; empty when closed all day. */
    public List<TimeRange> getHours() {
        return hours.stream().sorted().toList();
    }

    public boolean isClosedAllDay() {
        return hours.isEmpty();
    }

    /** This exception as a value for {@link OpeningHours}. */
    public OpeningHours.SpecialDay toSpecialDay() {
        return new OpeningHours.SpecialDay(date, getHours(), reasonNl, reasonEn);
    }
}
