package nl.themaplein.portal.audit;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param entries the entries, newest first
 * @param total entries matching the filter
 * @param page the page number, from 1
 * @param size entries per page
 */
public record AuditPage(List<AuditEvent> entries, long total, int page, int size) {

    /** Number of pages (at least 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
