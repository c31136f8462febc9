package org.switchover.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A report as structure (headings, paragraphs, lists, tables, preformatted text, pictures), so the
 * same content renders to Markdown and to HTML without either knowing the other.
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        blocks = ImmutableList.copyOf(blocks);
    }

    /** One piece of a document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Preformatted, Figure {}

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

    /**
     * A picture: an SVG document (self-contained, no external references) with a caption. HTML
     * shows it inline; Markdown links to {@code fileName}, which the writer puts beside the report.
     */
    public record Figure(String fileName, String caption, String svg) implements Block {
        public Figure {
            checkArgument(fileName.matches("[A-Za-z0-9._-]+\\.svg"), "a figure's file name is a plain name ending .svg, got %s", fileName);
        }
    }

    /** The pictures of this document, in order. */
    public List<Figure> figures() {
        return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }

    /** This document with each figure's file name prefixed, so reports written side by side keep their own pictures. */
    public Document withFigurePrefix(String prefix) {
        return new Document(title, blocks.stream()
                .map(b -> b instanceof Figure f ? new Figure(prefix + f.fileName(), f.caption(), f.svg()) : b)
                .toList());
    }

    /** This document without its pictures, for output that has nowhere to put their files. */
    public Document withoutFigures() {
        return new Document(title, blocks.stream().filter(b -> !(b instanceof Figure)).toList());
    }
}
