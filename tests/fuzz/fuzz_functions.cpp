// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The LLM function bridge's untrusted-input path: a function definition, the
// model's arguments, JSON Schema validation and request-template rendering.
// Input: "<definition JSON>\n<arguments JSON or string>".
#include "functions/functiondef.h"
#include "functions/functionsapi.h"
#include "functions/requesttemplate.h"
#include "inbound/jsonschema.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Switchboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = input.indexOf('\n');
    const QByteArray definition = cut < 0 ? input : input.left(cut);
    const QByteArray arguments = cut < 0 ? QByteArray() : input.mid(cut + 1);

    const QJsonDocument def = QJsonDocument::fromJson(definition);
    auto f = FunctionDef::fromJson(u"fuzzed"_s, def.object());
    const QJsonDocument args = QJsonDocument::fromJson(arguments);
    const QJsonValue argValue = args.isObject() ? QJsonValue(args.object())
        : args.isArray()                        ? QJsonValue(args.array())
                                                : QJsonValue(QString::fromUtf8(arguments));
    if (f) {
        if (auto schema = JsonSchema::compile(f->parameters))
            (void)schema->validate(argValue);
        (void)FunctionsApi::prepare(*f, argValue, u"call_fuzz"_s);
    }
    // Templates on their own, with whatever the input holds as both sides.
    (void)RequestTemplate::render(
        def.isObject() ? QJsonValue(def.object()) : QJsonValue(QString::fromUtf8(definition)), args.object());
    (void)RequestTemplate::renderText(QString::fromUtf8(definition), args.object(), true);
    return 0;
}
