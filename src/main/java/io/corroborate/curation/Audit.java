package io.corroborate.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Appends to the audit log, in the writer's transaction. */
@ApplicationScoped
public class Audit {

    private final ObjectMapper mapper;

    public Audit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An id for an audit entry written later (by a caller that has set the search path to the tables' schema), so that what an import writes can point at its entry. */
    long reserveId() {
        return ((Number) AuditEvent.getEntityManager().createNativeQuery("select nextval('audit_event_id_seq')")
                .getSingleResult()).longValue();
    }

    /** The one entry of a bulk import, with the id its claims, facts and sources point at. */
    void recordImport(long id, String actor, Object summary) {
        AuditEvent.getEntityManager().createNativeQuery("insert into audit_event (id, actor, action, target_type, target_key, after)"
                        + " values (?1, ?2, 'IMPORT_CLAIMS', 'STORY', 'import', cast(?3 as jsonb))")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, mapper.valueToTree(summary).toString())
                .executeUpdate();
    }

    public void record(String actor, String action, String type, String key, String factKey, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.actor = actor;
        event.action = action;
        event.targetType = type;
        event.targetId = key;
        event.factId = factKey;
        event.before = before == null ? null : mapper.valueToTree(before);
        event.after = after == null ? null : mapper.valueToTree(after);
        event.persist();
    }
}
