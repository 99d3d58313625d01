#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An OTR peer driving Debian's libotr (libotr.so.5) directly through ctypes.

It is the reference side of Otter's interop tests: it does not use Otter's wrapper. Run it
with Debian's /usr/bin/python3 (stdlib + ctypes only).

    /usr/bin/python3 tests/otr/peer.py --dir KEYDIR --account dave@example.org --protocol xmpp

KEYDIR holds libotr's files (otr.private_key, otr.fingerprints, otr.instance_tags); a missing
key or instance tag is generated there. Commands arrive as JSON lines on stdin; everything the
peer wants sent or saw goes out as JSON lines on stdout, and each command ends with
{"done": "<cmd>"}:

    {"cmd":"recv","from":"alice","text":"?OTR:..."}  -> {"inject": "...", "to": "alice"} lines,
                                                       {"received": "hello"} for text to show
    {"cmd":"send","to":"alice","text":"hi"}          -> {"inject": ...} (encrypted or plaintext)
    {"cmd":"query","to":"alice"}                     -> the OTR query (starts the AKE)
    {"cmd":"end","to":"alice"}                       -> disconnect TLV, back to plaintext
    {"cmd":"smp_question","to":"alice","question":"q","answer":"a"}
    {"cmd":"smp_secret","to":"alice","secret":"s"}
    {"cmd":"set_smp_answer","answer":"a"}            -> used for (pending and future) SMP requests
    {"cmd":"max_size","size":400}                    -> fragment to this size (0: never)
    {"cmd":"fingerprint"}                            -> {"fingerprint": "<40 hex>"}
    {"cmd":"quit"}

Events: {"secure": true|false}, {"still_secure": true}, {"new_fingerprint": hex},
{"peer_fingerprint": hex, "peer": name, "trust": word} (after going secure, from libotr's
fingerprint list), {"smp_question": q}, {"smp_asked_secret": true},
{"smp": "succeeded"|"failed"|"aborted"|"error"}, {"finished": true} (the other side ended the
session), {"msg_event": n, "message": text}, {"received": text, "unencrypted": true}.

As libotr requires, no callback calls back into libotr: SMP answers, SMP aborts and writing
the fingerprints file are done after the libotr call returns.
"""

import argparse
import ctypes
import json
import os
import sys
from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_int, c_size_t, c_ubyte,
                    c_uint, c_ushort, c_void_p)

POLICY_OPPORTUNISTIC = 0x02 | 0x04 | 0x10 | 0x20 | 0x40
# What a peer that speaks only OTR version 2 allows (as Profanity 0.13 in Debian 12 does).
POLICY_V2_ONLY = 0x02 | 0x10 | 0x20 | 0x40
FRAGMENT_SEND_ALL = 1
TLV_DISCONNECTED = 1
SMP_EVENTS = {1: "error", 2: "aborted", 3: "error", 7: "succeeded", 8: "failed"}

lib = ctypes.CDLL("libotr.so.5")

POLICY = CFUNCTYPE(c_uint, c_void_p, c_void_p)
CREATE_PRIVKEY = CFUNCTYPE(None, c_void_p, c_char_p, c_char_p)
IS_LOGGED_IN = CFUNCTYPE(c_int, c_void_p, c_char_p, c_char_p, c_char_p)
INJECT = CFUNCTYPE(None, c_void_p, c_char_p, c_char_p, c_char_p, c_char_p)
UPDATE_CONTEXT_LIST = CFUNCTYPE(None, c_void_p)
NEW_FINGERPRINT = CFUNCTYPE(None, c_void_p, c_void_p, c_char_p, c_char_p, c_char_p,
                            POINTER(c_ubyte))
WRITE_FINGERPRINTS = CFUNCTYPE(None, c_void_p)
CONTEXT_CB = CFUNCTYPE(None, c_void_p, c_void_p)
STILL_SECURE = CFUNCTYPE(None, c_void_p, c_void_p, c_int)
MAX_SIZE = CFUNCTYPE(c_int, c_void_p, c_void_p)
SMP_EVENT = CFUNCTYPE(None, c_void_p, c_uint, c_void_p, c_ushort, c_char_p)
MSG_EVENT = CFUNCTYPE(None, c_void_p, c_uint, c_void_p, c_char_p, c_uint)
TIMER = CFUNCTYPE(None, c_void_p, c_uint)


class Ops(Structure):
    """OtrlMessageAppOps of libotr 4.1.1: 24 function pointers, in this order."""
    _fields_ = [
        ("policy", POLICY),
        ("create_privkey", CREATE_PRIVKEY),
        ("is_logged_in", IS_LOGGED_IN),
        ("inject_message", INJECT),
        ("update_context_list", UPDATE_CONTEXT_LIST),
        ("new_fingerprint", NEW_FINGERPRINT),
        ("write_fingerprints", WRITE_FINGERPRINTS),
        ("gone_secure", CONTEXT_CB),
        ("gone_insecure", CONTEXT_CB),
        ("still_secure", STILL_SECURE),
        ("max_message_size", MAX_SIZE),
        ("account_name", c_void_p),
        ("account_name_free", c_void_p),
        ("received_symkey", c_void_p),
        ("otr_error_message", c_void_p),
        ("otr_error_message_free", c_void_p),
        ("resent_msg_prefix", c_void_p),
        ("resent_msg_prefix_free", c_void_p),
        ("handle_smp_event", SMP_EVENT),
        ("handle_msg_event", MSG_EVENT),
        ("create_instag", c_void_p),
        ("convert_msg", c_void_p),
        ("convert_free", c_void_p),
        ("timer_control", TIMER),
    ]


assert ctypes.sizeof(Ops) == 24 * ctypes.sizeof(c_void_p)

lib.otrl_init.argtypes = [c_uint, c_uint, c_uint]
lib.otrl_init.restype = c_uint
lib.otrl_userstate_create.restype = c_void_p
lib.otrl_privkey_read.argtypes = [c_void_p, c_char_p]
lib.otrl_privkey_read.restype = c_uint
lib.otrl_privkey_generate.argtypes = [c_void_p, c_char_p, c_char_p, c_char_p]
lib.otrl_privkey_generate.restype = c_uint
lib.otrl_privkey_fingerprint_raw.argtypes = [c_void_p, c_void_p, c_char_p, c_char_p]
lib.otrl_privkey_fingerprint_raw.restype = c_void_p
lib.otrl_privkey_read_fingerprints.argtypes = [c_void_p, c_char_p, c_void_p, c_void_p]
lib.otrl_privkey_read_fingerprints.restype = c_uint
lib.otrl_privkey_write_fingerprints.argtypes = [c_void_p, c_char_p]
lib.otrl_privkey_write_fingerprints.restype = c_uint
lib.otrl_instag_read.argtypes = [c_void_p, c_char_p]
lib.otrl_instag_read.restype = c_uint
lib.otrl_instag_find.argtypes = [c_void_p, c_char_p, c_char_p]
lib.otrl_instag_find.restype = c_void_p
lib.otrl_instag_generate.argtypes = [c_void_p, c_char_p, c_char_p, c_char_p]
lib.otrl_instag_generate.restype = c_uint
lib.otrl_message_sending.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_char_p, c_char_p, c_char_p, c_uint, c_char_p,
    c_void_p, POINTER(c_void_p), c_uint, c_void_p, c_void_p, c_void_p]
lib.otrl_message_sending.restype = c_uint
lib.otrl_message_receiving.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_char_p, c_char_p, c_char_p, c_char_p,
    POINTER(c_void_p), POINTER(c_void_p), c_void_p, c_void_p, c_void_p]
lib.otrl_message_receiving.restype = c_int
lib.otrl_message_free.argtypes = [c_void_p]
lib.otrl_tlv_find.argtypes = [c_void_p, c_ushort]
lib.otrl_tlv_find.restype = c_void_p
lib.otrl_tlv_free.argtypes = [c_void_p]
lib.otrl_message_disconnect_all_instances.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_char_p, c_char_p, c_char_p]
lib.otrl_message_initiate_smp.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_void_p, c_char_p, c_size_t]
lib.otrl_message_initiate_smp_q.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_void_p, c_char_p, c_char_p, c_size_t]
lib.otrl_message_respond_smp.argtypes = [
    c_void_p, POINTER(Ops), c_void_p, c_void_p, c_char_p, c_size_t]
lib.otrl_message_abort_smp.argtypes = [c_void_p, POINTER(Ops), c_void_p, c_void_p]


def out(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def text(raw):
    return raw.decode("utf-8", "replace") if raw is not None else None


class Peer:
    def __init__(self, directory, account, protocol, policy=POLICY_OPPORTUNISTIC):
        self.policy = policy
        self.dir = directory
        self.account = account.encode()
        self.protocol = protocol.encode()
        self.keyfile = os.path.join(directory, "otr.private_key").encode()
        self.fpfile = os.path.join(directory, "otr.fingerprints").encode()
        self.tagfile = os.path.join(directory, "otr.instance_tags").encode()
        self.max_size = 0
        self.smp_answer = None
        self.smp_pending = None      # context asking us for SMP
        self.secure_context = None   # context that went secure most recently
        self.deferred = []           # what callbacks may not do inside libotr
        if lib.otrl_init(4, 1, 1) != 0:
            raise SystemExit("libotr is not 4.1")
        self.us = lib.otrl_userstate_create()
        if os.path.exists(self.keyfile):
            lib.otrl_privkey_read(self.us, self.keyfile)
        if not self.own_fingerprint():
            lib.otrl_privkey_generate(self.us, self.keyfile, self.account, self.protocol)
        if os.path.exists(self.fpfile):
            lib.otrl_privkey_read_fingerprints(self.us, self.fpfile, None, None)
        if os.path.exists(self.tagfile):
            lib.otrl_instag_read(self.us, self.tagfile)
        if not lib.otrl_instag_find(self.us, self.account, self.protocol):
            lib.otrl_instag_generate(self.us, self.tagfile, self.account, self.protocol)
        self._callbacks = self._make_ops()   # kept alive as long as libotr may call them
        self.ops = Ops(**self._callbacks)

    def own_fingerprint(self):
        buf = (c_ubyte * 20)()
        if not lib.otrl_privkey_fingerprint_raw(self.us, buf, self.account, self.protocol):
            return None
        return bytes(buf).hex()

    # -- callbacks: record and return; never call libotr from here --------------------------

    def _make_ops(self):
        def policy(_opdata, _context):
            return self.policy

        def create_privkey(_opdata, _account, _protocol):
            out({"msg_event": "create_privkey"})

        def is_logged_in(_opdata, _account, _protocol, _recipient):
            return 1

        def inject(_opdata, _account, _protocol, recipient, message):
            out({"inject": text(message), "to": text(recipient)})

        def update_context_list(_opdata):
            pass

        def new_fingerprint(_opdata, _us, _account, _protocol, username, fingerprint):
            out({"new_fingerprint": bytes(fingerprint[:20]).hex(), "peer": text(username)})

        def write_fingerprints(_opdata):
            self.deferred.append(("write_fingerprints",))

        def gone_secure(_opdata, context):
            self.secure_context = context
            out({"secure": True})
            self.deferred.append(("report_fingerprints",))

        def gone_insecure(_opdata, _context):
            out({"secure": False})

        def still_secure(_opdata, context, _is_reply):
            self.secure_context = context
            out({"still_secure": True})

        def max_message_size(_opdata, _context):
            return self.max_size

        def smp_event(_opdata, event, context, progress, question):
            if event == 4:
                self.smp_pending = context
                out({"smp_question": text(question)})
            elif event == 5:
                self.smp_pending = context
                out({"smp_asked_secret": True})
            elif event == 6:
                out({"smp_progress": progress})
            if event in SMP_EVENTS:
                out({"smp": SMP_EVENTS[event]})
            if event in (1, 3):
                self.deferred.append(("abort_smp", context))

        def msg_event(_opdata, event, _context, message, _err):
            if event == 13:
                out({"received": text(message), "unencrypted": True})
            elif event not in (10, 11):
                out({"msg_event": event, "message": text(message)})

        def timer_control(_opdata, interval):
            out({"timer": interval})

        return {
            "policy": POLICY(policy),
            "create_privkey": CREATE_PRIVKEY(create_privkey),
            "is_logged_in": IS_LOGGED_IN(is_logged_in),
            "inject_message": INJECT(inject),
            "update_context_list": UPDATE_CONTEXT_LIST(update_context_list),
            "new_fingerprint": NEW_FINGERPRINT(new_fingerprint),
            "write_fingerprints": WRITE_FINGERPRINTS(write_fingerprints),
            "gone_secure": CONTEXT_CB(gone_secure),
            "gone_insecure": CONTEXT_CB(gone_insecure),
            "still_secure": STILL_SECURE(still_secure),
            "max_message_size": MAX_SIZE(max_message_size),
            "handle_smp_event": SMP_EVENT(smp_event),
            "handle_msg_event": MSG_EVENT(msg_event),
            "timer_control": TIMER(timer_control),
        }

    # -- after each libotr call ----------------------------------------------------------

    def run_deferred(self):
        while self.deferred:
            action = self.deferred.pop(0)
            if action[0] == "write_fingerprints":
                lib.otrl_privkey_write_fingerprints(self.us, self.fpfile)
            elif action[0] == "report_fingerprints":
                lib.otrl_privkey_write_fingerprints(self.us, self.fpfile)
                with open(self.fpfile, encoding="utf-8") as f:
                    for line in f:
                        fields = line.rstrip("\n").split("\t")
                        if len(fields) >= 4:
                            out({"peer_fingerprint": fields[3], "peer": fields[0],
                                 "trust": fields[4] if len(fields) > 4 else ""})
            elif action[0] == "abort_smp":
                lib.otrl_message_abort_smp(self.us, ctypes.byref(self.ops), None, action[1])
        if self.smp_pending and self.smp_answer is not None:
            context, self.smp_pending = self.smp_pending, None
            answer = self.smp_answer.encode()
            lib.otrl_message_respond_smp(self.us, ctypes.byref(self.ops), None, context,
                                         answer, len(answer))
            self.run_deferred()

    # -- commands ---------------------------------------------------------------------------

    def send(self, to, message):
        newmsg = c_void_p()
        err = lib.otrl_message_sending(
            self.us, ctypes.byref(self.ops), None, self.account, self.protocol, to.encode(),
            1, message.encode(), None, ctypes.byref(newmsg), FRAGMENT_SEND_ALL, None, None,
            None)
        if newmsg.value:
            lib.otrl_message_free(newmsg)
        else:
            if err == 0:
                out({"inject": message, "to": to})   # unchanged plaintext goes out as typed
        if err:
            out({"send_error": err})

    def recv(self, sender, message):
        newmsg = c_void_p()
        tlvs = c_void_p()
        ignore = lib.otrl_message_receiving(
            self.us, ctypes.byref(self.ops), None, self.account, self.protocol,
            sender.encode(), message.encode(), ctypes.byref(newmsg), ctypes.byref(tlvs),
            None, None, None)
        if tlvs.value:
            if lib.otrl_tlv_find(tlvs, TLV_DISCONNECTED):
                out({"finished": True})
            lib.otrl_tlv_free(tlvs)
        if newmsg.value:
            shown = ctypes.string_at(newmsg.value).decode("utf-8", "replace")
            lib.otrl_message_free(newmsg)
        else:
            shown = message
        if not ignore:
            out({"received": shown})

    def handle(self, command):
        cmd = command.get("cmd")
        if cmd == "recv":
            self.recv(command["from"], command["text"])
        elif cmd == "send":
            self.send(command["to"], command["text"])
        elif cmd == "query":
            self.send(command["to"], "?OTR?")
        elif cmd == "end":
            lib.otrl_message_disconnect_all_instances(
                self.us, ctypes.byref(self.ops), None, self.account, self.protocol,
                command["to"].encode())
        elif cmd in ("smp_question", "smp_secret"):
            if not self.secure_context:
                out({"error": "not secure"})
            elif cmd == "smp_question":
                answer = command["answer"].encode()
                lib.otrl_message_initiate_smp_q(
                    self.us, ctypes.byref(self.ops), None, self.secure_context,
                    command["question"].encode(), answer, len(answer))
            else:
                secret = command["secret"].encode()
                lib.otrl_message_initiate_smp(
                    self.us, ctypes.byref(self.ops), None, self.secure_context, secret,
                    len(secret))
        elif cmd == "set_smp_answer":
            self.smp_answer = command["answer"]
        elif cmd == "max_size":
            self.max_size = int(command["size"])
        elif cmd == "fingerprint":
            out({"fingerprint": self.own_fingerprint()})
        else:
            out({"error": "unknown command %r" % cmd})
        self.run_deferred()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--protocol", default="xmpp")
    parser.add_argument("--versions", choices=["2,3", "2"], default="2,3",
                        help="the OTR versions this peer allows")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    policy = POLICY_V2_ONLY if args.versions == "2" else POLICY_OPPORTUNISTIC
    peer = Peer(args.dir, args.account, args.protocol, policy)
    out({"ready": True, "fingerprint": peer.own_fingerprint()})
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        command = json.loads(line)
        if command.get("cmd") == "quit":
            break
        peer.handle(command)
        out({"done": command.get("cmd")})


if __name__ == "__main__":
    main()
