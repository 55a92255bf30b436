#!/usr/bin/env python3
"""Runs one benchmark command and keeps what it printed, with the date, the machine and the
command, in Benchmarks/results/NAME.run.json (and NAME.run.txt; a script may also write its own NAME.json): every figure the README quotes comes from
one of these files, written by `make bench-all`.

usage: Benchmarks/record.py NAME -- COMMAND [ARGS…]
"""
import datetime, json, os, platform, subprocess, sys, time

if len(sys.argv) < 4 or sys.argv[2] != '--':
    sys.exit(__doc__)
name, command = sys.argv[1], sys.argv[3:]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, 'Benchmarks', 'results')
os.makedirs(out, exist_ok=True)
start = time.time()
run = subprocess.run(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
seconds = time.time() - start
sys.stdout.write(run.stdout)
record = {
    'name': name,
    'date': datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds'),
    'machine': {'system': platform.platform(), 'processor': platform.machine(), 'cpus': os.cpu_count(),
                'memory_gb': round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30, 1)},
    'command': ' '.join(command),
    'exit_status': run.returncode,
    'seconds': round(seconds, 1),
    'output': run.stdout.splitlines(),
}
for path, text in ((os.path.join(out, name + '.run.json'), json.dumps(record, ensure_ascii=False, indent=1) + '\n'),
                   (os.path.join(out, name + '.run.txt'), run.stdout)):
    with open(path + '.tmp', 'w') as f:
        f.write(text)
    os.replace(path + '.tmp', path)
sys.exit(run.returncode)
