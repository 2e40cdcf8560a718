package io.corroborate.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** Which type a public id names: ids are unique across types (kept by database triggers). */
@Entity
@Table(name = "node_key")
public class NodeKey extends PanacheEntityBase {

    @Id
    public String key;

    public String type;

    /** The type the id names ("Source", "Story", "Entity", "Fact" or "Claim"), if the id is taken. */
    public static Optional<String> typeOf(String id) {
        return NodeKey.<NodeKey>findByIdOptional(id).map(k -> k.type);
    }
}
