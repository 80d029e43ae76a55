#!/usr/bin/env bash
# Refreshes the translation files from the sources:
#   resources/translations/netsteps_zh_CN.ts  every message (new ones left unfinished for a translator)
#   resources/translations/netsteps_en.ts     only the plural messages ("%n frame(s)"), whose English
#                                             singular and plural forms are written here from the "(s)"
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$top"
"$lupdate" src ui -ts resources/translations/netsteps_zh_CN.ts -no-obsolete -locations none
"$lupdate" src ui -ts resources/translations/netsteps_en.ts -pluralonly -no-obsolete -locations none
python3 - resources/translations/netsteps_en.ts <<'PY'
import html, re, sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
def forms(source):
    plain = html.unescape(source)
    for marker, plural in (('(es)', 'es'), ('(s)', 's')):
        if marker in plain:
            return plain.replace(marker, ''), plain.replace(marker, plural)
    return plain, plain
def fill(match):
    body = match.group(1)
    source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    one, many = (html.escape(f, quote=False) for f in forms(source))
    body = re.sub(r'<translation[^>]*>.*?</translation>',
                  lambda _: '<translation><numerusform>%s</numerusform><numerusform>%s</numerusform></translation>' % (one, many),
                  body, flags=re.S)
    return '<message numerus="yes">%s</message>' % body
text = re.sub(r'<message numerus="yes">((?:(?!</message>).)*?)</message>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
