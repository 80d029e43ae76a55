#pragma once

#include <QString>
#include <QStringList>

namespace NetSteps {

// Switches every user-visible string of the application (and Qt's own) to a language:
// "en" (the source language) or "zh_CN". Returns false for a language NetSteps does not have.
bool installTranslations(const QString &language);
QStringList availableLanguages();
// The language installed last: "en" until installTranslations() chose another.
QString currentLanguage();

} // namespace NetSteps
