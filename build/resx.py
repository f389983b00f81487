#!/usr/bin/env python3
"""Writes Messages.resx / Messages.de.resx from dialogs/Resources/messages.tsv and DashboardTexts.resx /
DashboardTexts.de.resx from bot/Dashboard/Resources/dashboard.tsv and WorkbenchTexts.resx / WorkbenchTexts.de.resx from
bot/Criteria/Resources/workbench.tsv (key, English, German): one place to edit both languages.
Run: python3 build/resx.py  (from the repository root)."""
import csv, html, pathlib
repo = pathlib.Path(__file__).resolve().parent.parent
head = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n  <resheader name="version"><value>2.0</value></resheader>\n  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n'
def unescape(s): return s.replace("\\n", "\n")
for root, tsv, base in ((repo / "dialogs" / "Resources", "messages.tsv", "Messages"),
                        (repo / "bot" / "Dashboard" / "Resources", "dashboard.tsv", "DashboardTexts"),
                        (repo / "bot" / "Criteria" / "Resources", "workbench.tsv", "WorkbenchTexts")):
    rows = [r for r in csv.reader(open(root / tsv, encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    for col, name in ((1, base + ".resx"), (2, base + ".de.resx")):
        out = [head]
        for r in rows:
            if len(r) < 3: raise SystemExit(f"row {r[0]} of {tsv} needs key, English and German")
            out.append(f'  <data name="{html.escape(r[0])}" xml:space="preserve"><value>{html.escape(unescape(r[col]), quote=False)}</value></data>\n')
        out.append("</root>\n")
        (root / name).write_text("".join(out), encoding="utf-8")
    print(f"{tsv}: {len(rows)} texts written")
