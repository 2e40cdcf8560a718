package io.corroborate.fact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Links a fact to an entity it is about. */
@Entity
@Table(name = "fact_entity")
@IdClass(FactSubject.Key.class)
public class FactSubject extends PanacheEntityBase {

    @Id
    @Column(name = "fact_id")
    public Long factId;

    @Id
    @Column(name = "entity_id")
    public Long entityId;

    public record Key(Long factId, Long entityId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static FactSubject of(Long factId, Long entityId) {
        FactSubject subject = new FactSubject();
        subject.factId = factId;
        subject.entityId = entityId;
        return subject;
    }
}
