package org.inclusionhub.commons.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Map;

/**
 * Refuses text that is not well-formed ({@link Text#problem}) in JSON strings, object keys and free
 * JSON trees, and a number or boolean where a string is expected. The error keeps the field's path.
 */
public class StrictTextModule extends SimpleModule {

    public StrictTextModule() {
        super("inclusionhub-strict-text");
        addDeserializer(String.class, new Strings());
        addKeyDeserializer(String.class, new Keys());
        addDeserializer(JsonNode.class, new Trees());
        addDeserializer(java.util.UUID.class, new Uuids());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializationProblemHandler(new UnknownProperties());
    }

    /**
     * A property the target type does not know is still ignored, but its name and value must be
     * well-formed text too: a NUL hidden in an ignored property is refused like any other.
     */
    static final class UnknownProperties extends com.fasterxml.jackson.databind.deser.DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            // through the context, not p.readValueAsTree(): that one checks for trailing tokens (the
            // strict mapper's FAIL_ON_TRAILING_TOKENS) and so refused every unknown property mid-object
            try {
                checked(propertyName, p);
                JsonNode value = ctxt.readTree(p);
                if (value != null) {
                    Trees.check(value, p);
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, beanOrClass, propertyName);
            }
            return true;
        }
    }

    /**
     * A UUID only in its 36-character text form. Jackson's own reader trims the text first, so a NUL or a
     * blank string would silently become null; here it is refused, naming the field.
     */
    static final class Uuids extends StdScalarDeserializer<java.util.UUID> {
        private static final java.util.regex.Pattern FORM =
                java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        Uuids() {
            super(java.util.UUID.class);
        }

        @Override
        public java.util.UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (java.util.UUID) ctxt.handleUnexpectedToken(java.util.UUID.class, p);
            }
            String text = p.getText();
            if (!FORM.matcher(text).matches()) {
                throw InvalidFormatException.from(p, "is not a UUID (8-4-4-4-12 hexadecimal digits)", text, java.util.UUID.class);
            }
            return java.util.UUID.fromString(text);
        }
    }

    static String checked(String text, JsonParser p) throws JsonMappingException {
        String problem = Text.problem(text);
        if (problem != null) {
            throw InvalidFormatException.from(p, problem, text, String.class);
        }
        return text;
    }

    /** A JSON string, and nothing else, as a well-formed Java string. */
    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return checked(p.getText(), p);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Object keys of maps. */
    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return checked(key, ctxt.getParser());
            } catch (JsonMappingException e) {
                // named by the key itself (answers.<key>), in our words rather than Jackson's "Cannot deserialize Map key"
                e.prependPath(new JsonMappingException.Reference(null, key));
                throw e;
            }
        }
    }

    /** Free JSON (e.g. survey answers): every key and string inside is checked. */
    static final class Trees extends StdDeserializer<JsonNode> {
        private final JsonDeserializer<? extends JsonNode> plain = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        Trees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = plain.deserialize(p, ctxt);
            check(node, p);
            return node;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return NullNode.getInstance();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        static void check(JsonNode node, JsonParser p) throws JsonMappingException {
            if (node.isTextual()) {
                checked(node.textValue(), p);
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(node.get(i), p);
                    } catch (JsonMappingException e) {
                        throw JsonMappingException.wrapWithPath(e, node, i);
                    }
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    try {
                        checked(field.getKey(), p);
                        check(field.getValue(), p);
                    } catch (JsonMappingException e) {
                        throw JsonMappingException.wrapWithPath(e, node, field.getKey());
                    }
                }
            }
        }
    }
}
