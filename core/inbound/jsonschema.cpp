// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>

// Without this valijson calls abort() on a bad schema instead of throwing.
#define VALIJSON_USE_EXCEPTIONS 1
// valijson's Qt adapter reads integers with QJsonValue::toInt(), 32 bits: a time in
// milliseconds (1795780800000) or a 64-bit id would fail "type": "integer", and
// minimum or multipleOf would see it truncated. toInteger() is the same for 64 bits.
// (Qt's headers are already included above, so only the adapter's two calls change.)
#include <QJsonValue>
#define toInt toInteger
#include <valijson/adapters/qtjson_adapter.hpp>
#undef toInt
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <exception>
#include <string>
#include <vector>

namespace Switchboard {

using namespace Qt::StringLiterals;

struct JsonSchema::Private
{
    QJsonObject source;
    valijson::Schema schema;
};

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString number(const QJsonValue &v)
{
    return QString::number(v.toDouble(), 'g', 15);
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    QJsonArray wrapper{v};
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString typeName(const QString &type)
{
    if (type == u"integer" || type == u"array" || type == u"object")
        return u"an "_s + type;
    if (type == u"null")
        return u"null"_s;
    return u"a "_s + type;
}

// Follows a local "$ref": "#/definitions/x" (or #/$defs/x); anything else stays as is.
QJsonObject resolve(const QJsonObject &root, QJsonObject schema)
{
    for (int guard = 0; guard < 16 && schema.contains(u"$ref"_s); ++guard) {
        const QString ref = schema.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"))
            break;
        QJsonValue at = root;
        for (const QString &part : ref.mid(2).split(u'/'))
            at = at.toObject().value(QString(part).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
        if (!at.isObject())
            break;
        schema = at.toObject();
    }
    return schema;
}

// The subschema that applies at one step below schema, for messages only: the
// plain properties/items/additionalProperties structure, not every combinator.
QJsonObject childSchema(const QJsonObject &root, const QJsonObject &schema, const QString &key, bool index)
{
    const QJsonObject s = resolve(root, schema);
    if (index) {
        const QJsonValue items = s.value(u"items"_s);
        if (items.isObject())
            return resolve(root, items.toObject());
        if (items.isArray())
            return resolve(root, items.toArray().at(key.toInt()).toObject());
        return {};
    }
    const QJsonValue prop = s.value(u"properties"_s).toObject().value(key);
    if (prop.isObject())
        return resolve(root, prop.toObject());
    const QJsonValue extra = s.value(u"additionalProperties"_s);
    if (extra.isObject())
        return resolve(root, extra.toObject());
    return {};
}

// A readable field path ("data.items[0].phone") for a valijson context
// ("<root>", "[data]", "[items]", "[0]", "[phone]"), walking the instance to
// tell array indexes from keys; and the subschema at that place.
struct Place
{
    QString field;
    QJsonObject schema;
};

Place locate(const std::vector<std::string> &context, const QJsonValue &instance, const QJsonObject &root)
{
    Place place{QString(), root};
    QJsonValue at = instance;
    for (const std::string &raw : context) {
        if (raw == "<root>" || raw.size() < 2 || raw.front() != '[' || raw.back() != ']')
            continue;
        const QString key = fromStd(raw.substr(1, raw.size() - 2));
        if (at.isArray()) {
            place.field += u'[' + key + u']';
            place.schema = childSchema(root, place.schema, key, true);
            at = at.toArray().at(key.toInt());
        } else {
            if (!place.field.isEmpty())
                place.field += u'.';
            place.field += key;
            place.schema = childSchema(root, place.schema, key, false);
            at = at.toObject().value(key);
        }
    }
    return place;
}

bool isWrapper(const std::string &d)
{
    static const char *const wrappers[] = {
        "Failed to validate against schema associated with property name",
        "Failed to validate against schema associated with pattern",
        "Failed to validate item #",
        "Failed to validate against additional properties schema",
        "Failed to validate against child schema",
        "Failed to validate against dependent schema",
    };
    for (const char *w : wrappers) {
        if (d.rfind(w, 0) == 0)
            return true;
    }
    return false;
}

// The text between the last pair of single quotes in a valijson message
// ("Missing required property 'amount'.").
QString quoted(const std::string &d)
{
    const auto close = d.rfind('\'');
    if (close == std::string::npos || close == 0)
        return {};
    const auto open = d.rfind('\'', close - 1);
    if (open == std::string::npos)
        return {};
    return fromStd(d.substr(open + 1, close - open - 1));
}

// Turns valijson's description into "<what it must be>", using the schema for
// the constraint's value where valijson leaves it out.
QString describe(const std::string &d, const QJsonObject &schema)
{
    auto starts = [&d](const char *prefix) { return d.rfind(prefix, 0) == 0; };
    if (starts("Failed to match regex specified by 'pattern'"))
        return u"must match pattern "_s + schema.value(u"pattern"_s).toString();
    if (starts("Value type not permitted by 'type'")) {
        const QJsonValue type = schema.value(u"type"_s);
        QStringList names;
        if (type.isString())
            names.append(typeName(type.toString()));
        for (const QJsonValue &t : type.toArray())
            names.append(typeName(t.toString()));
        return names.isEmpty() ? u"has a type that is not allowed"_s : u"must be "_s + names.join(u" or "_s);
    }
    if (starts("Failed to match against any enum values")) {
        QStringList values;
        for (const QJsonValue &v : schema.value(u"enum"_s).toArray())
            values.append(compact(v));
        return u"must be one of "_s + values.join(u", "_s);
    }
    if (starts("Failed to match expected value set by 'const'"))
        return u"must be "_s + compact(schema.value(u"const"_s));
    if (starts("Expected number greater than or equal to"))
        return u"must be at least "_s + number(schema.value(u"minimum"_s));
    if (starts("Expected number greater than")) {
        const QJsonValue v = schema.value(u"exclusiveMinimum"_s);
        return u"must be greater than "_s + number(v.isDouble() ? v : schema.value(u"minimum"_s));
    }
    if (starts("Expected number less than or equal to"))
        return u"must be at most "_s + number(schema.value(u"maximum"_s));
    if (starts("Expected number less than")) {
        const QJsonValue v = schema.value(u"exclusiveMaximum"_s);
        return u"must be less than "_s + number(v.isDouble() ? v : schema.value(u"maximum"_s));
    }
    if (starts("String should be no more than"))
        return u"must be at most %1 characters"_s.arg(schema.value(u"maxLength"_s).toInt());
    if (starts("String should be no fewer than"))
        return u"must be at least %1 characters"_s.arg(schema.value(u"minLength"_s).toInt());
    if (starts("Array should contain no more than"))
        return u"must have at most %1 items"_s.arg(schema.value(u"maxItems"_s).toInt());
    if (starts("Array should contain no fewer than"))
        return u"must have at least %1 items"_s.arg(schema.value(u"minItems"_s).toInt());
    if (starts("Object should have no more than"))
        return u"must have at most %1 properties"_s.arg(schema.value(u"maxProperties"_s).toInt());
    if (starts("Object should have no fewer than"))
        return u"must have at least %1 properties"_s.arg(schema.value(u"minProperties"_s).toInt());
    if (starts("Value should be a multiple of"))
        return u"must be a multiple of "_s + number(schema.value(u"multipleOf"_s));
    if (starts("Failed to validate against any child schemas allowed by oneOf")
        || starts("Failed to validate against any schemas allowed by anyOf"))
        return u"matches none of the allowed alternatives"_s;
    if (starts("Failed to validate against exactly one child schema"))
        return u"matches more than one of the alternatives (oneOf needs exactly one)"_s;
    if (starts("Elements at indexes"))
        return u"must not contain duplicate items"_s;
    QString text = fromStd(d);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

JsonSchema::JsonSchema() = default;
JsonSchema::~JsonSchema() = default;
JsonSchema::JsonSchema(const JsonSchema &) = default;
JsonSchema &JsonSchema::operator=(const JsonSchema &) = default;
JsonSchema::JsonSchema(JsonSchema &&) noexcept = default;
JsonSchema &JsonSchema::operator=(JsonSchema &&) noexcept = default;

const QJsonObject &JsonSchema::source() const
{
    static const QJsonObject empty;
    return d ? d->source : empty;
}

Result<JsonSchema> JsonSchema::compile(const QJsonObject &schema)
{
    auto p = std::make_shared<Private>();
    p->source = schema;
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter(schema);
        parser.populateSchema(adapter, p->schema);
    } catch (const std::exception &e) {
        const QString message = u"is not a usable JSON Schema (draft 7): "_s + QString::fromUtf8(e.what());
        return Error::invalid(u"schema: "_s + message,
                              {QJsonObject{{u"field"_s, u"schema"_s}, {u"message"_s, message}}});
    }
    JsonSchema compiled;
    compiled.d = std::move(p);
    return compiled;
}

QStringList JsonSchema::validate(const QJsonValue &value) const
{
    if (!d)
        return {};
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    bool valid = false;
    try {
        valid = validator.validate(d->schema, target, &results);
    } catch (const std::exception &e) {
        return {u"the value could not be checked against the schema: "_s + QString::fromUtf8(e.what())};
    }
    if (valid)
        return {};
    QStringList messages;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (isWrapper(error.description))
            continue;
        Place place = locate(error.context, value, d->source);
        QString message;
        if (error.description.rfind("Missing required property", 0) == 0) {
            const QString name = quoted(error.description);
            place.field = place.field.isEmpty() ? name : place.field + u'.' + name;
            message = u"is required"_s;
        } else if (error.description.rfind("Object contains a property that could not be validated", 0)
                   == 0) {
            const QString name = quoted(error.description);
            place.field = place.field.isEmpty() ? name : place.field + u'.' + name;
            message = u"is not allowed"_s;
        } else {
            message = describe(error.description, resolve(d->source, place.schema));
        }
        const QString line = (place.field.isEmpty() ? u"(root)"_s : place.field) + u": "_s + message;
        if (!messages.contains(line))
            messages.append(line);
    }
    if (messages.isEmpty())
        messages.append(u"(root): does not match the schema"_s);
    return messages;
}

Status JsonSchema::check(const QJsonValue &value) const
{
    const QStringList messages = validate(value);
    if (messages.isEmpty())
        return Ok{};
    QJsonArray details;
    for (const QString &m : messages) {
        const qsizetype colon = m.indexOf(u": "_s);
        details.append(QJsonObject{{u"field"_s, m.left(colon)}, {u"message"_s, m.mid(colon + 2)}});
    }
    return Error::invalid(messages.join(u"; "_s), details);
}

} // namespace Switchboard
