"""
The README's false-findings figures for tables 01–15: tasks and error/warning findings from the output
of dump.ts, false and real findings (all rules, and the unit and lead rules) from each expected.json.
  node /tmp/corpus-dump.cjs test/corpus > /tmp/after.txt && python3 test/corpus/_expected/count.py /tmp/after.txt
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

def main(path):
    total = re.search(r'^TOTAL \(01-15\): (\d+) tasks, (\d+) error/warning findings', open(path, encoding='utf8').read(), re.M)
    tasks, findings = int(total.group(1)), int(total.group(2))
    unit = lambda c: c.startswith('unit.') or c.startswith('lead.')
    n = collections.Counter()
    false_by = collections.Counter()
    for table in sorted(os.listdir(CORPUS)):
        f = os.path.join(CORPUS, table, 'expected.json')
        if not os.path.exists(f) or table[:2] > '15':
            continue
        for x in json.load(open(f, encoding='utf8'))['findings']:
            kind = 'real' if x['real'] else 'false'
            n[kind] += 1
            n['all unit'] += unit(x['code'])
            if unit(x['code']): n[kind + ' unit'] += 1
            if not x['real']: false_by[(table[:2], x['code'])] += 1
    per = lambda k: f'{k} ({k / tasks:.2f} per task)'
    print(f'tasks {tasks}')
    print(f'errors and warnings, all rules: {per(findings)}')
    print(f'of which unit and lead rules: {per(n["all unit"])}')
    print(f'false, unit and lead rules: {n["false unit"]}')
    print(f'false, all rules: {n["false"]}')
    print(f'real, all rules: {n["real"]}; real unit and lead: {n["real unit"]}')
    for (t, c), k in sorted(false_by.items()): print(f'  false {t} {c}: {k}')

main(sys.argv[1])
