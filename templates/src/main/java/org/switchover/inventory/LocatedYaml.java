package org.switchover.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML into {@link YamlNode}s that remember their line and column, from the parser's token
 * locations. A data binder would lose those and would silently keep the last of two duplicate keys;
 * here duplicates are errors and the first one wins.
 */
final class LocatedYaml {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final Problems problems;

    LocatedYaml(Problems problems) {
        this.problems = problems;
    }

    /** The document's root, or empty after reporting why there is none (syntax error, empty file). */
    Optional<YamlNode> parse(String yaml) {
        try (JsonParser p = FACTORY.createParser(yaml)) {
            if (p.nextToken() == null) {
                problems.at(new YamlNode.Location(1, 1), "", "the file is empty: a site needs at least 'site' and 'devices'");
                return Optional.empty();
            }
            return Optional.of(read(p, ""));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            problems.at(new YamlNode.Location(line, column), "", "not valid YAML: " + problemOnly(e));
            return Optional.empty();
        } catch (IOException e) {
            problems.at(new YamlNode.Location(1, 1), "", "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private YamlNode read(JsonParser p, String path) throws IOException {
        YamlNode.Location location = locationOf(p);
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(p, path, location);
            case START_ARRAY -> readSequence(p, path, location);
            case VALUE_STRING -> scalar(location, path, p.getText(), YamlNode.ScalarType.STRING);
            case VALUE_NUMBER_INT -> scalar(location, path, p.getText(), YamlNode.ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT -> scalar(location, path, p.getText(), YamlNode.ScalarType.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> scalar(location, path, p.getText(), YamlNode.ScalarType.BOOLEAN);
            case VALUE_NULL -> scalar(location, path, null, YamlNode.ScalarType.NULL);
            default -> scalar(location, path, p.getText(), YamlNode.ScalarType.STRING);
        };
    }

    private YamlNode.Mapping readMapping(JsonParser p, String path, YamlNode.Location location) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String childPath = path.isEmpty() ? key : path + "." + key;
            YamlNode.Scalar keyNode = scalar(locationOf(p), childPath, key, YamlNode.ScalarType.STRING);
            p.nextToken();
            YamlNode value = read(p, childPath);
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                problems.at(keyNode, "duplicate key '" + key + "' (first at line " + first.key().location().line() + ")");
            } else {
                entries.put(key, new YamlNode.Entry(keyNode, value));
            }
        }
        return new YamlNode.Mapping(location, path, entries);
    }

    private YamlNode.Sequence readSequence(JsonParser p, String path, YamlNode.Location location) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(p, path + "[" + items.size() + "]"));
        }
        return new YamlNode.Sequence(location, path, items);
    }

    private static YamlNode.Scalar scalar(YamlNode.Location location, String path, String text, YamlNode.ScalarType type) {
        return new YamlNode.Scalar(location, path, text, type);
    }

    private static YamlNode.Location locationOf(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new YamlNode.Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /**
     * The parser's complaint without the quoted source excerpt it appends, which could contain a
     * secret from the offending line.
     */
    private static String problemOnly(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
