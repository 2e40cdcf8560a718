package io.corroborate.fact;

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

import java.util.Optional;

@Entity
@Table(name = "fact")
@Name("Fact")
@Description("One question the sources answer, e.g. \"Date Russia announced the recognition\"; each source's answer is a claim.")
public class Fact extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @jakarta.persistence.Version
    @Description("Version of this fact, raised by every change; pass it back with an edit so that no one overwrites a change they have not seen.")
    public int version;

    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @Override
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Stable identifier of the fact, e.g. \"recognition-announcement-date\".")
    public String getKey() {
        return key;
    }

    @Ignore
    @Column(name = "story_id")
    public Long storyId;

    @Enumerated(EnumType.STRING)
    @Description("The type of answer: DATE, QUANTITY, QUOTE or TEXT.")
    @org.eclipse.microprofile.graphql.NonNull
    public FactKind kind;

    @Description("The question, in plain words.")
    @org.eclipse.microprofile.graphql.NonNull
    public String question;

    @Ignore
    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    /** The audit entry of the bulk import that created the fact; null otherwise. */
    @Ignore
    @Column(name = "import_id")
    public Long importId;

    public static Optional<Fact> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
