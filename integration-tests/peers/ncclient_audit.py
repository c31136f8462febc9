#!/usr/bin/python3
"""The baseline a Python shop would write for a fleet audit's reads, with stock ncclient.

Per device: connect over SSH with the device's credentials, check its host key against the given
known_hosts, fetch the running configuration and the operational state with the same subtree
filters switchover's audit sends, close. Nothing else: no rendering, no comparison, no report.
Devices are read 16 at a time (concurrent.futures), as `switchover audit` does by default.

Usage: ncclient_audit.py DEVICES.tsv --user U --password-file F --known-hosts K [--parallel N]
DEVICES.tsv: one device a line, tab-separated: name, host, port, config filter file, state filter file
(or "rpc:" and a file of vendor RPCs, one a line, for platforms whose state comes from RPCs).
Prints one line per failed device and, last, "ncclient: devices=N failed=F bytes=B seconds=S".
"""
import argparse
import concurrent.futures
import os
import sys
import tempfile
import time

from ncclient import manager
from ncclient.xml_ import to_ele


def read_devices(path):
    devices = []
    with open(path) as f:
        for line in f:
            if line.strip():
                name, host, port, config_filter, state_filter = line.rstrip("\n").split("\t")
                devices.append((name, host, int(port), config_filter, state_filter))
    return devices


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("devices")
    p.add_argument("--user", required=True)
    p.add_argument("--password-file", required=True)
    p.add_argument("--known-hosts", required=True)
    p.add_argument("--parallel", type=int, default=16)
    args = p.parse_args()

    with open(args.password_file) as f:
        password = f.read().strip()
    # ncclient checks host keys against the known_hosts an ssh_config names (UserKnownHostsFile)
    ssh_config = tempfile.NamedTemporaryFile("w", suffix=".ssh_config", delete=False)
    ssh_config.write("Host *\n    UserKnownHostsFile %s\n" % os.path.abspath(args.known_hosts))
    ssh_config.close()
    filters = {}

    def subtree(path):
        # a filter of several roots goes whole, as a <filter> element: one request per read
        if path not in filters:
            with open(path) as f:
                filters[path] = '<filter type="subtree">%s</filter>' % f.read()
        return filters[path]

    def rpcs(path):
        if path not in filters:
            with open(path, encoding="utf-8") as f:
                filters[path] = [line for line in f.read().splitlines() if line.strip()]
        return filters[path]

    def audit(device):
        name, host, port, config_filter, state_filter = device
        with manager.connect(host=host, port=port, username=args.user, password=password,
                             hostkey_verify=True, ssh_config=ssh_config.name,
                             allow_agent=False, look_for_keys=False, timeout=60) as m:
            config = m.get_config(source="running", filter=subtree(config_filter)).xml
            if state_filter.startswith("rpc:"):
                # a vendor whose state comes from its own RPCs (Junos): the same RPCs switchover sends
                state = "".join(m.dispatch(to_ele(rpc)).xml for rpc in rpcs(state_filter[4:]))
            else:
                state = m.get(filter=subtree(state_filter)).xml
        return len(config) + len(state)

    devices = read_devices(args.devices)
    for d in devices:  # read the filter files up front, not inside the timed threads' races
        subtree(d[3])
        rpcs(d[4][4:]) if d[4].startswith("rpc:") else subtree(d[4])
    failed = 0
    total = 0
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.parallel) as pool:
        futures = {pool.submit(audit, d): d[0] for d in devices}
        for f in concurrent.futures.as_completed(futures):
            try:
                total += f.result()
            except Exception as e:  # one device's failure is its own line, as in an audit
                failed += 1
                print("%s: %s: %s" % (futures[f], type(e).__name__, e), file=sys.stderr)
    seconds = time.monotonic() - start
    os.unlink(ssh_config.name)
    print("ncclient: devices=%d failed=%d bytes=%d seconds=%.2f" % (len(devices), failed, total, seconds))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
