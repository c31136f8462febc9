package org.switchover.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report to files: HTML as one self-contained page, Markdown with its pictures as SVG
 * files beside it ({@code incident-report.md} gets {@code incident-report-outage.svg}, …). Each
 * file is written beside its target and moved into place, so a reader never sees half of one.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /** Writes {@code doc} as HTML at {@code file}, pictures inline. */
    public static Path writeHtml(Document doc, Path file) throws IOException {
        writeAtomically(file, Html.render(doc));
        return file;
    }

    /** Writes {@code doc} as Markdown at {@code file} and its figures beside it; returns every file written. */
    public static List<Path> writeMarkdown(Document doc, Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Document named = doc.withFigurePrefix(stem.replaceAll("[^A-Za-z0-9._-]", "_") + "-");
        Path dir = file.toAbsolutePath().getParent();
        List<Path> written = new ArrayList<>();
        for (Document.Figure f : named.figures()) {
            Path svg = dir.resolve(f.fileName());
            writeAtomically(svg, f.svg() + "\n");
            written.add(svg);
        }
        writeAtomically(file, Markdown.render(named));
        written.add(0, file);
        return written;
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".report-", ".part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
