"""Drives a simulated switch's confirmed commit with ncclient, a NETCONF client written elsewhere.

Usage: confirmed_commit.py PORT HOSTKEY_B64 SCENARIO   (password in LAB_PASSWORD, user in LAB_USER)
Scenarios: confirm (same session), persist (confirm from a second session), timeout (left to roll back).
Prints one "STEP name value" line per observation; exits non-zero on any failure.
"""
import os
import sys
import time

from ncclient import manager

OC_SYSTEM = "http://openconfig.net/yang/system"
HOSTNAME_FILTER = ("subtree", '<system xmlns="%s"><config><hostname/></config></system>' % OC_SYSTEM)


def connect(port, hostkey):
    # the lab's host key is checked: hostkey_b64 pins the key from the lab's known_hosts
    return manager.connect(host="127.0.0.1", port=port, username=os.environ["LAB_USER"],
                           password=os.environ["LAB_PASSWORD"], hostkey_b64=hostkey,
                           allow_agent=False, look_for_keys=False, timeout=20)


def hostname_config(name):
    return ('<config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><system xmlns="%s"><config>'
            '<hostname>%s</hostname></config></system></config>' % (OC_SYSTEM, name))


def running_hostname(m):
    reply = m.get_config(source="running", filter=HOSTNAME_FILTER)
    nodes = reply.data_ele.xpath("//*[local-name()='hostname']")
    return nodes[0].text if nodes else ""


def step(name, value):
    print("STEP %s %s" % (name, value), flush=True)


def staged(m, name):
    m.lock("candidate")
    m.discard_changes()
    m.edit_config(target="candidate", config=hostname_config(name))
    m.validate(source="candidate")
    step("validated", name)


def main():
    port, hostkey, scenario = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    with connect(port, hostkey) as m:
        step("confirmed-commit-capability", ":confirmed-commit:1.1" in " ".join(m.server_capabilities))
        if scenario == "confirm":
            staged(m, "nc-confirmed")
            m.commit(confirmed=True, timeout="60")
            step("running-after-commit", running_hostname(m))
            m.commit()
            m.unlock("candidate")
            step("running-after-confirm", running_hostname(m))
        elif scenario == "persist":
            staged(m, "nc-persisted")
            m.commit(confirmed=True, timeout="60", persist="nc-token")
            m.unlock("candidate")
            step("running-after-commit", running_hostname(m))
        elif scenario == "timeout":
            staged(m, "nc-temporary")
            m.commit(confirmed=True, timeout="1")
            step("running-after-commit", running_hostname(m))
            deadline = time.monotonic() + 15
            name = running_hostname(m)
            while name == "nc-temporary" and time.monotonic() < deadline:
                time.sleep(0.1)
                name = running_hostname(m)
            m.unlock("candidate")
            step("running-after-timeout", name)
        else:
            raise SystemExit("unknown scenario " + scenario)
    if scenario == "persist":
        # the first session is gone; the persisted commit survived and another session confirms it
        with connect(port, hostkey) as m2:
            step("running-in-second-session", running_hostname(m2))
            m2.commit(persist_id="nc-token")
            step("running-after-confirm", running_hostname(m2))


if __name__ == "__main__":
    main()
