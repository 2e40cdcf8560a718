package io.corroborate.curation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A record that a curated corpus file, in one exact version, has been loaded. */
@Entity
@Table(name = "corpus_load")
public class CorpusLoad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String file;

    public String sha256;

    public int inserted;

    public int kept;

    @Column(name = "loaded_at", insertable = false, updatable = false)
    public Instant loadedAt;

    static boolean done(String file, String sha256) {
        return count("file = ?1 and sha256 = ?2", file, sha256) > 0;
    }
}
