#!/usr/bin/env python3
"""Checks corpora/holidays-cn.tsv day by day against the `chinesecalendar` package (PyPI), an
independent transcription of the same State Council notices. Prints every day the two disagree on
(whether it is a working day) and exits 1 when there is any.

    python3 -m venv /tmp/v && /tmp/v/bin/pip install chinesecalendar
    /tmp/v/bin/python Benchmarks/replies/check_holidays.py corpora/holidays-cn.tsv
"""
import datetime
import sys

import chinese_calendar

path = sys.argv[1] if len(sys.argv) > 1 else "corpora/holidays-cn.tsv"
special = {}
years = set()
for line in open(path, encoding="utf-8"):
    if line.startswith("#") or line.startswith("from\t") or not line.strip():
        continue
    first, last, kind, _name = line.rstrip("\n").split("\t")
    day, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    while day <= end:
        special[day] = kind
        years.add(day.year)
        day += datetime.timedelta(days=1)

def ours(day):
    kind = special.get(day)
    if kind == "holiday":
        return False
    if kind == "workday":
        return True
    return day.weekday() < 5

bad = 0
day = datetime.date(min(years), 1, 1)
while day <= datetime.date(max(years), 12, 31):
    theirs = chinese_calendar.is_workday(day)
    if theirs != ours(day):
        bad += 1
        print(f"{day} {day.strftime('%a')}: ours {'work' if ours(day) else 'off'}, chinesecalendar {'work' if theirs else 'off'}")
    day += datetime.timedelta(days=1)
print(f"{len(special)} listed days, {min(years)}–{max(years)}: {bad} disagreements")
sys.exit(1 if bad else 0)
