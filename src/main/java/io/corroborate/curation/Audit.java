package io.corroborate.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.IdentifierGenerator;

/** Appends to the audit log, in the writer's transaction. */
@ApplicationScoped
public class Audit {

    private final ObjectMapper mapper;

    public Audit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * An id for an import's entry, written at the end by {@link #recordImport}, so that what the import writes
     * can point at it. It comes from Hibernate's allocator for audit entries, so ids keep the order of changes.
     */
    long reserveImportId() {
        SharedSessionContractImplementor session = AuditEvent.getEntityManager().unwrap(SharedSessionContractImplementor.class);
        Generator generator = session.getFactory().getMappingMetamodel().getEntityDescriptor(AuditEvent.class).getGenerator();
        return ((Number) ((IdentifierGenerator) generator).generate(session, null)).longValue();
    }

    /** The one entry of a bulk import (run with the search path set to the tables' schema). */
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
