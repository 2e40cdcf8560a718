package io.corroborate.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Embeddable
@Name("Excerpt")
@Description("Where a claim stands in its article: the verbatim passage, its character offsets and a little context on each side"
        + " (the W3C Web Annotation TextQuoteSelector and TextPositionSelector). Offsets count Unicode code points"
        + " of the article text whose SHA-256 is Source.contentSha256.")
public class Excerpt {

    @Column(name = "excerpt_exact")
    @Description("The passage exactly as printed in the article.")
    public String exact;

    @Column(name = "excerpt_start")
    @Description("Offset of the passage's first character in the article text (0-based, inclusive).")
    public int start;

    @Column(name = "excerpt_end")
    @Description("Offset just past the passage's last character (exclusive): end - start is the passage's length.")
    public int end;

    @Column(name = "excerpt_prefix")
    @Description("Up to 32 characters immediately before the passage, to find it again if offsets drift.")
    public String prefix;

    @Column(name = "excerpt_suffix")
    @Description("Up to 32 characters immediately after the passage.")
    public String suffix;
}
