package org.switchover.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.AutoCloseableSupplier;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinjava configured for golden templates (strict, trim_blocks, lstrip_blocks), rendering a
 * template parsed once per thread into a per-thread copy of the global context.
 * {@code Jinjava.renderForResult} copies the whole global context and re-parses the template on
 * every call, which cost more than rendering a small template; a site of a thousand switches pays
 * that a thousand times. Parsed trees and the context copy stay per thread because the interpreter
 * records what it resolved in them.
 */
final class TemplateEngine {

    /** What one render produced: the text and every error Jinjava recorded. */
    record Output(String text, List<TemplateError> errors) {}

    private final Jinjava jinjava;
    private final JinjavaConfig config;
    private final ThreadLocal<Context> globals;
    private final ThreadLocal<Map<String, Node>> parsed = ThreadLocal.withInitial(HashMap::new);

    TemplateEngine(TemplateLocator locator) {
        this.config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(true)
                .withNestedInterpretationEnabled(false)
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .build();
        this.jinjava = new Jinjava(config);
        this.jinjava.setResourceLocator(locator);
        this.globals = ThreadLocal.withInitial(jinjava::getGlobalContextCopy);
    }

    Output render(TemplateLocator.Source template, Map<String, Object> bindings) {
        Context global = globals.get();
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, new Context(global, bindings, config.getDisabled()), config);
        try (AutoCloseableSupplier.AutoCloseableImpl<JinjavaInterpreter> current = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            Node root = parsed(template, current.value());
            String text = current.value().render(root, true);
            // as Jinja (and renderForResult): the template's final newline is not part of the output
            if (!config.isKeepTrailingNewline() && text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            return new Output(text, interpreter.getErrorsCopy());
        } catch (TemplateSyntaxException e) {
            return failed(TemplateError.fromException(e), interpreter);
        } catch (InterpretException e) {
            // strict mode throws on an unknown variable or filter, as renderForResult would report it
            return failed(TemplateError.fromSyntaxError(e), interpreter);
        } catch (RuntimeException e) {
            return failed(TemplateError.fromException(e), interpreter);
        } finally {
            global.reset();
        }
    }

    /** The template's tree, parsed once per thread; a tree with parse errors is not kept, so every render reports them. */
    private Node parsed(TemplateLocator.Source template, JinjavaInterpreter interpreter) {
        Map<String, Node> cache = parsed.get();
        Node root = cache.get(template.name());
        if (root == null) {
            int before = interpreter.getErrorsCopy().size();
            root = interpreter.parse(template.text());
            if (interpreter.getErrorsCopy().size() == before) cache.put(template.name(), root);
        }
        return root;
    }

    private static Output failed(TemplateError first, JinjavaInterpreter interpreter) {
        List<TemplateError> errors = new ArrayList<>();
        errors.add(first);
        errors.addAll(interpreter.getErrorsCopy());
        return new Output("", errors);
    }
}
