package org.switchover.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.switchover.journal.JournaledPlan;
import org.switchover.plan.Plan;
import org.switchover.plan.Step;

/**
 * A replacement plan as a value that is saved ({@code plan --out}), journaled with every run, and
 * replayed ({@code replace --plan}, {@code resume}): what was asked (the request's arguments),
 * what it was planned from (the site file's text and digest, the digests of the templates used,
 * the devices found down), and the steps it came to. {@code siteText} is null when it was kept out. Replaying plans again from exactly these
 * inputs and refuses unless it comes to the very same steps, so what runs is what was reviewed.
 */
public record SavedPlan(int format, String siteFile, String siteDigest, String siteText,
        SortedMap<String, String> templates, List<String> arguments, List<String> unavailable, List<String> steps) {

    static final int FORMAT = 1;

    /** Jackson, set up only when a plan file is written or read: a replacement's start does not wait for it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public SavedPlan {
        templates = ImmutableSortedMap.copyOf(templates);
        arguments = ImmutableList.copyOf(arguments);
        unavailable = ImmutableList.copyOf(unavailable);
        steps = ImmutableList.copyOf(steps);
    }

    /** The saved form of {@code plan}, planned from {@code siteText} (the site file as read) for {@code request}. */
    public static SavedPlan of(Plan plan, ReplaceRequest request, String siteText, SortedMap<String, String> templates,
            java.util.Collection<String> unavailable) {
        return new SavedPlan(FORMAT, request.siteFile().toString(), sha256(siteText), siteText, templates,
                request.arguments(), List.copyOf(new java.util.TreeSet<>(unavailable)), stepsOf(plan));
    }

    /** The plan's steps as people review them: one line each, in the order they run. */
    public static List<String> stepsOf(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.replacements().forEach(r -> r.steps().stream().map(Step::toString).forEach(out::add));
        return out;
    }

    public ReplaceRequest request() {
        return ReplaceRequest.fromArguments(arguments);
    }

    /** The same plan, run with {@code settings} (how long to wait, host keys), which are not part of what it plans. */
    public SavedPlan withSettings(RunSettings settings) {
        ReplaceRequest r = request();
        return new SavedPlan(format, siteFile, siteDigest, siteText, templates,
                new ReplaceRequest(r.siteFile(), r.replacements(), settings).arguments(), unavailable, steps);
    }

    /** The same plan without the site's text (kept out of the journal when it holds something secret-looking). */
    public SavedPlan withoutSiteText() {
        return new SavedPlan(format, siteFile, siteDigest, null, templates, arguments, unavailable, steps);
    }

    /**
     * Why this plan may not run against the site file and templates as they are now; empty when
     * they are the ones it was planned from. {@code siteFileNow} is the file's text, if it can be read.
     */
    public List<String> changedSince(Optional<String> siteFileNow, Map<String, String> templatesNow, boolean siteTextSuffices) {
        List<String> why = new ArrayList<>();
        boolean siteSame = siteFileNow.map(t -> sha256(t).equals(siteDigest)).orElse(false);
        if (!siteSame && !(siteTextSuffices && siteText != null)) {
            why.add("the site file " + siteFile + (siteFileNow.isEmpty() ? " cannot be read" : " changed (sha256 "
                    + siteDigest.substring(0, 12) + "… when planned, " + sha256(siteFileNow.get()).substring(0, 12) + "… now)"));
        }
        templates.forEach((name, digest) -> {
            String now = templatesNow.get(name);
            if (!digest.equals(now)) why.add("the template " + name + (now == null ? " is gone" : " changed"));
        });
        templatesNow.keySet().stream().filter(n -> !templates.containsKey(n)).forEach(n -> why.add("the template " + n + " is new"));
        return why;
    }

    /** Refuses unless {@code replanned} comes to exactly the saved steps. */
    public void requireSameSteps(Plan replanned, String what) {
        List<String> now = stepsOf(replanned);
        if (now.equals(steps)) return;
        int i = 0;
        while (i < Math.min(now.size(), steps.size()) && now.get(i).equals(steps.get(i))) i++;
        throw new IllegalArgumentException(what + " does not come to the same steps when planned again ("
                + (i < steps.size() ? "saved: '" + steps.get(i) + "'" : "saved: nothing more") + ", now: "
                + (i < now.size() ? "'" + now.get(i) + "'" : "nothing more") + "); nothing was changed. Plan again with `switchover plan`");
    }

    /** The plan as the journal keeps it for resume. */
    public JournaledPlan toJournal() {
        return new JournaledPlan(siteFile, siteDigest, Optional.ofNullable(siteText), templates, arguments, unavailable, steps);
    }

    /** The plan run {@code runId} journaled. */
    public static SavedPlan fromJournal(JournaledPlan p) {
        return new SavedPlan(FORMAT, p.siteFile(), p.siteDigest(), p.siteText().orElse(null), p.templates(), p.arguments(),
                p.unavailable(), p.steps());
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan as JSON", e);
        }
    }

    public static SavedPlan fromJson(String json, String where) {
        try {
            SavedPlan p = Json.MAPPER.readValue(json, SavedPlan.class);
            if (p.format() != FORMAT) {
                throw new IllegalArgumentException(where + ": plan format " + p.format() + ", this switchover reads " + FORMAT);
            }
            return p;
        } catch (IOException e) {
            throw new IllegalArgumentException(where + " is not a switchover plan: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public void write(Path file) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the plan to " + file + ": " + e.getMessage(), e);
        }
    }

    public static SavedPlan read(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the plan " + file + ": " + e.getMessage(), e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
