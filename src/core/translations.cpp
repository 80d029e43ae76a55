#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace NetSteps {

namespace {
std::unique_ptr<QTranslator> s_application;
std::unique_ptr<QTranslator> s_qt;
QString s_language = QStringLiteral("en");

void removeInstalled()
{
    for (auto *t : {&s_application, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString currentLanguage()
{
    return s_language;
}

bool installTranslations(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeInstalled();
    s_language = QStringLiteral("en");
    // English is the source language; its file holds only the plural forms of "%n frame(s)".
    auto application = std::make_unique<QTranslator>();
    if (!application->load(QStringLiteral(":/i18n/netsteps_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(application.get());
    s_application = std::move(application);
    s_language = language;
    if (language == QLatin1String("en"))
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    return true;
}

} // namespace NetSteps
