package io.corroborate.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
@Table(name = "story")
@Name("Story")
@Description("The news event a set of articles covers; every fact belongs to one story.")
public class Story extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @jakarta.persistence.Version
    @Description("Version of this story, raised by every change; pass it back with an edit so that no one overwrites a change they have not seen.")
    public int version;

    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @Override
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @org.eclipse.microprofile.graphql.NonNull
    @Description("Stable identifier of the story, e.g. \"russia-recognizes-taliban-2025\".")
    public String getKey() {
        return key;
    }

    @Description("Short title of the event.")
    @org.eclipse.microprofile.graphql.NonNull
    public String title;

    @Description("One or two sentences on what happened; null if none was written.")
    public String summary;

    public static Optional<Story> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
