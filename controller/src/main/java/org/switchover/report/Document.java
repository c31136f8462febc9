package org.switchover.report;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A report as structure (headings, paragraphs, lists, tables, preformatted text), so the same
 * content renders to Markdown and to HTML without either knowing the other.
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        blocks = ImmutableList.copyOf(blocks);
    }

    /** One piece of a document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Preformatted {}

    /** A section heading; level 2 is a section, 3 a subsection. */
    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = ImmutableList.copyOf(items);
        }
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = ImmutableList.copyOf(headers);
            rows = rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
        }
    }

    public record Preformatted(String text) implements Block {}
}
