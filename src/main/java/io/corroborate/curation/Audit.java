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
