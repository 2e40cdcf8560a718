package io.corroborate.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import io.corroborate.api.Node;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "entity")
@Name("Entity")
@Description("A person, organisation or place that facts are about or that quotes are attributed to, with every name the sources use for it.")
public class NamedEntity extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @jakarta.persistence.Version
    @Description("Version of this entity, raised by every change; pass it back with an edit so that no one overwrites a change they have not seen.")
    public int version;

    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @Override
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Stable identifier of the entity, e.g. \"sergei-lavrov\".")
    public String getKey() {
        return key;
    }

    @Enumerated(EnumType.STRING)
    @Description("Person, organisation or place.")
    @org.eclipse.microprofile.graphql.NonNull
    public EntityKind kind;

    @Description("The name Corroborate uses for the entity.")
    @org.eclipse.microprofile.graphql.NonNull
    public String name;

    @Description("Who or what the entity is, in a few words.")
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases", columnDefinition = "text[]")
    @Description("Other names and spellings the sources use, e.g. \"Sergey Lavrov\" for \"Sergei Lavrov\".")
    @org.eclipse.microprofile.graphql.NonNull
    public List<@org.eclipse.microprofile.graphql.NonNull String> aliases = new ArrayList<>();

    @Ignore
    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    public static Optional<NamedEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
