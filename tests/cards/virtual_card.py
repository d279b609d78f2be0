#!/usr/bin/python3
"""A virtual IC card for the PC/SC tests: one card slot of Debian's vpcd reader driver.

Built on Debian's virtualsmartcard module (python3-virtualsmartcard): its VirtualICC carries the
vpcd socket protocol (length-prefixed APDUs and power/ATR control bytes) and SmartcardOS is the
base of our two chips. Run it with Debian's Python and the module on the path:

    PYTHONPATH=/usr/lib/python3/site-packages/virtualsmartcard /usr/bin/python3 virtual_card.py serve --port P

The card contracts (chips, status words, image files) are in CARDS.md of issue 6 and
docs/card-format.md. Control on stdin, one command a line, one answer line on stdout
("ok ..." or "error <text>"):

    insert <image.json>     the card in that file goes into the slot (connects to vpcd)
    remove                  the card is pulled out (disconnects); its file is already up to date
    pull-after-writes <n>   pull the card right after answering its n-th write command from now
                            (SLE4442 WRITE MEMORY, CPU UPDATE BINARY); 0 cancels
    status                  "ok inserted <file>" or "ok empty"
    quit                    (also at end of input)

A card stays in its slot while the reader is away (pcscd stopped): it reconnects when vpcd
listens again, as a card left in an unplugged reader is there when the reader comes back.

Also: virtual_card.py make-blank sle4442 <file>
      virtual_card.py make-blank cpu <file> --serial <16 hex> --master <32 hex>
"""

import argparse
import json
import os
import secrets
import socket
import sys
import tempfile
import threading
import traceback

try:
    # Debian's python3-pycryptodome installs as "Cryptodome"; the virtualsmartcard module imports
    # the PyCrypto name "Crypto" (through CardGenerator -> CryptoUtils), so alias one to the other.
    import Cryptodome
    sys.modules.setdefault("Crypto", Cryptodome)
    from Cryptodome.Cipher import DES
    from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC
except ImportError as e:  # say what to install rather than a bare traceback
    sys.stderr.write("virtual_card.py needs Debian's python3-virtualsmartcard and python3-pycryptodome, "
                     "run by /usr/bin/python3 with PYTHONPATH=/usr/lib/python3/site-packages/virtualsmartcard "
                     "(%s)\n" % e)
    sys.exit(2)


SW_OK = 0x9000


def sw_bytes(sw):
    return bytes([sw >> 8, sw & 0xFF])


def parse_apdu(msg):
    """A short command APDU (ISO/IEC 7816-3 12.1: cases 1 to 4) as (cla, ins, p1, p2, data, le).
    le is None when absent, 0 means 256. None for an APDU whose length bytes do not add up."""
    if len(msg) < 4:
        return None
    cla, ins, p1, p2 = msg[0], msg[1], msg[2], msg[3]
    body = msg[4:]
    if not body:
        return cla, ins, p1, p2, b"", None
    if len(body) == 1:
        return cla, ins, p1, p2, b"", body[0]
    lc = body[0]
    if lc == 0:
        return None  # extended length: neither chip supports it
    if len(body) == 1 + lc:
        return cla, ins, p1, p2, bytes(body[1:]), None
    if len(body) == 2 + lc:
        return cla, ins, p1, p2, bytes(body[1:1 + lc]), body[-1]
    return None


def des3_ede2(key, block):
    """2-key triple DES (EDE2, ECB) of one 8-byte block: E(K1, D(K2, E(K1, x))). Done with single
    DES so that test keys with equal halves are not refused as pycryptodome's DES3 would."""
    k1 = DES.new(bytes(key[:8]), DES.MODE_ECB)
    k2 = DES.new(bytes(key[8:16]), DES.MODE_ECB)
    return k1.encrypt(k2.decrypt(k1.encrypt(bytes(block))))


def diversify(master, serial, n):
    """Card key n from the master key (CARDS.md, PBOC-style diversification as in JR/T 0025):
    D = serial XOR 00..0n; K = 3DES(master, D) || 3DES(master, NOT D)."""
    d = bytearray(serial)
    d[7] ^= n
    return des3_ede2(master, d) + des3_ede2(master, bytes(b ^ 0xFF for b in d))


def save_json(path, image):
    """Writes the image next to its file and renames it over, so a reader never sees half a file."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".card-", suffix=".json", dir=directory)
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(image, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def hex_field(image, key, size):
    value = bytes.fromhex(image[key])
    if len(value) != size:
        raise ValueError("%s must be %d bytes" % (key, size))
    return value


class CardOS(SmartcardOS):
    """Our chips' common part: a fault in the emulation answers 6F 00 (ISO/IEC 7816-4: no precise
    diagnosis) and is printed on stderr, instead of ending the module's message loop."""

    def execute(self, msg):
        try:
            return self.command(bytes(msg))
        except Exception:
            traceback.print_exc()
            return sw_bytes(0x6F00)


class Sle4442OS(CardOS):
    """An SLE4442 memory card behind an ACS-style reader (ACR38U/ACR39U reference manuals, section
    "SLE 4432/4442/5532/5542 memory cards": pseudo-APDUs with CLA FF). As on the chip, a write
    the card does not carry out (PSC not presented, protected byte) still answers 90 00."""

    ATR = bytes.fromhex("3B04A2131091")  # as an ACS reader reports an SLE4442

    def __init__(self, path, image, on_write):
        self.path = path
        self.memory = bytearray(hex_field(image, "memory", 256))
        self.protection = bytearray(hex_field(image, "protection", 4))
        self.psc = hex_field(image, "psc", 3)
        self.error_counter = int(image["errorCounter"])
        if not 0 <= self.error_counter <= 3:
            raise ValueError("errorCounter must be 0..3")
        self.on_write = on_write
        self.psc_ok = False

    def image(self):
        return {"chip": "sle4442", "memory": self.memory.hex().upper(),
                "protection": self.protection.hex().upper(), "psc": self.psc.hex().upper(),
                "errorCounter": self.error_counter}

    def save(self):
        save_json(self.path, self.image())

    def getATR(self):
        return self.ATR

    def powerUp(self):
        self.psc_ok = False

    def powerDown(self):
        self.psc_ok = False

    def reset(self):
        self.psc_ok = False

    def writable(self, address):
        # Only 00-1F have protection bits; the rest of the memory is guarded by the PSC alone.
        return address >= 32 or self.protection[address // 8] >> (address % 8) & 1 == 1

    def command(self, msg):
        apdu = parse_apdu(msg)
        if apdu is None:
            return sw_bytes(0x6700)
        cla, ins, p1, p2, data, le = apdu
        if cla != 0xFF:
            return sw_bytes(0x6E00)
        if ins == 0xA4:  # SELECT CARD TYPE FF A4 00 00 01 06
            return sw_bytes(SW_OK if data == b"\x06" else 0x6A86)
        if ins == 0xB0:  # READ MEMORY FF B0 00 addr len
            if le is None or data:
                return sw_bytes(0x6700)
            length = le or 256
            if p1 != 0 or p2 + length > 256:
                return sw_bytes(0x6B00)
            return bytes(self.memory[p2:p2 + length]) + sw_bytes(SW_OK)
        if ins == 0xB1:  # READ ERROR COUNTER: tries left as bits (3: 07, 2: 03, 1: 01, 0: 00)
            if le != 4 or data:
                return sw_bytes(0x6700)
            return bytes([(1 << self.error_counter) - 1, 0, 0, 0]) + sw_bytes(SW_OK)
        if ins == 0xB2:  # READ PROTECTION BITS
            if le != 4 or data:
                return sw_bytes(0x6700)
            return bytes(self.protection) + sw_bytes(SW_OK)
        if ins == 0xD0:  # WRITE MEMORY FF D0 00 addr len data
            if not data or le is not None:
                return sw_bytes(0x6700)
            if p1 != 0 or p2 + len(data) > 256:
                return sw_bytes(0x6B00)
            if self.psc_ok:
                changed = False
                for i, b in enumerate(data):
                    if self.writable(p2 + i) and self.memory[p2 + i] != b:
                        self.memory[p2 + i] = b
                        changed = True
                if changed:
                    self.save()
            self.on_write()
            return sw_bytes(SW_OK)
        if ins == 0xD1:  # WRITE PROTECTION: burns the bit where the data equals the memory (00-1F)
            if not data or le is not None:
                return sw_bytes(0x6700)
            if p1 != 0 or p2 + len(data) > 32:
                return sw_bytes(0x6B00)
            if self.psc_ok:
                changed = False
                for i, b in enumerate(data):
                    a = p2 + i
                    if self.memory[a] == b and self.writable(a):
                        self.protection[a // 8] &= ~(1 << (a % 8)) & 0xFF
                        changed = True
                if changed:
                    self.save()
            return sw_bytes(SW_OK)
        if ins == 0x20:  # PRESENT CODE FF 20 00 00 03 psc
            if len(data) != 3 or le is not None:
                return sw_bytes(0x6700)
            if self.error_counter == 0:
                return sw_bytes(0x9000)  # locked for good: nothing is compared
            # The chip first spends a try, then compares, then restores the counter on success.
            if bytes(data) == self.psc:
                self.error_counter = 3
                self.psc_ok = True
            else:
                self.error_counter -= 1
                self.psc_ok = False
            self.save()
            return bytes([0x90, (1 << self.error_counter) - 1])
        if ins == 0xD2:  # CHANGE CODE FF D2 00 01 03 new psc
            if len(data) != 3 or le is not None:
                return sw_bytes(0x6700)
            if self.psc_ok and bytes(data) != self.psc:
                self.psc = bytes(data)
                self.save()
            return sw_bytes(SW_OK)
        return sw_bytes(0x6D00)


class CpuCardOS(CardOS):
    """An ISO/IEC 7816-4 CPU card (T=0) with the PrepayDesk files: MF 3F00, EF 0001 the serial
    (read free), EF 0002 the application area (read free, UPDATE BINARY after external
    authentication with key 1 in this session). Like a T=0 card it answers a case 4 command sent
    without Le with 61 xx (GET RESPONSE fetches the data) and a READ BINARY whose Le runs past the
    end of the file with 6C xx (xx: the bytes there are; ISO/IEC 7816-3 T=0 procedure bytes)."""

    ATR = bytes.fromhex("3B680000") + b"PDCPU001"  # 8 historical bytes, no TD1: T=0 only
    FILES = {0x0001: "serial", 0x0002: "area"}

    def __init__(self, path, image, on_write):
        self.path = path
        self.serial = hex_field(image, "serial", 8)
        self.area = bytearray(hex_field(image, "area", 224))
        keys = image["keys"]
        self.keys = {1: bytes.fromhex(keys["1"]), 2: bytes.fromhex(keys["2"])}
        if any(len(k) != 16 for k in self.keys.values()):
            raise ValueError("keys must be 16 bytes")
        self.ext_tries = int(image["extTries"])
        if not 0 <= self.ext_tries <= 3:
            raise ValueError("extTries must be 0..3")
        self.on_write = on_write
        self.reset()

    def image(self):
        return {"chip": "cpu", "serial": self.serial.hex().upper(), "area": self.area.hex().upper(),
                "keys": {"1": self.keys[1].hex().upper(), "2": self.keys[2].hex().upper()},
                "extTries": self.ext_tries}

    def save(self):
        save_json(self.path, self.image())

    def getATR(self):
        return self.ATR

    def reset(self):
        self.current = None  # selected file id
        self.challenge = None
        self.authenticated = False
        self.pending = None  # data waiting for GET RESPONSE

    def powerUp(self):
        self.reset()

    def powerDown(self):
        self.reset()

    def file_bytes(self, fid):
        return self.serial if fid == 0x0001 else self.area

    def command(self, msg):
        pending, self.pending = self.pending, None  # GET RESPONSE must come next, as on T=0
        apdu = parse_apdu(msg)
        if apdu is None:
            return sw_bytes(0x6700)
        cla, ins, p1, p2, data, le = apdu
        if cla != 0x00:
            return sw_bytes(0x6E00)
        if ins == 0xA4:  # SELECT by file id
            if p1 != 0 or p2 not in (0x00, 0x0C):
                return sw_bytes(0x6A86)
            if len(data) != 2:
                return sw_bytes(0x6700)
            fid = data[0] << 8 | data[1]
            if fid == 0x3F00:
                self.current = None
                return sw_bytes(SW_OK)
            if fid not in self.FILES:
                return sw_bytes(0x6A82)
            self.current = fid
            return sw_bytes(SW_OK)
        if ins == 0xB0:  # READ BINARY
            if le is None or data:
                return sw_bytes(0x6700)
            if self.current is None:
                return sw_bytes(0x6986)  # no EF selected
            content = self.file_bytes(self.current)
            offset = (p1 & 0x7F) << 8 | p2
            if p1 & 0x80 or offset >= len(content):
                return sw_bytes(0x6B00)
            length = le or 256
            if offset + length > len(content):
                return bytes([0x6C, len(content) - offset])
            return bytes(content[offset:offset + length]) + sw_bytes(SW_OK)
        if ins == 0xD6:  # UPDATE BINARY
            if not data or le is not None:
                return sw_bytes(0x6700)
            self.on_write()
            if self.current is None:
                return sw_bytes(0x6986)
            if self.current != 0x0002 or not self.authenticated:
                return sw_bytes(0x6982)
            offset = (p1 & 0x7F) << 8 | p2
            if p1 & 0x80 or offset + len(data) > len(self.area):
                return sw_bytes(0x6B00)
            self.area[offset:offset + len(data)] = data
            self.save()
            return sw_bytes(SW_OK)
        if ins == 0x84:  # GET CHALLENGE
            if le != 8 or data or p1 or p2:
                return sw_bytes(0x6700)
            self.challenge = secrets.token_bytes(8)
            return self.challenge + sw_bytes(SW_OK)
        if ins == 0x82:  # EXTERNAL AUTHENTICATE with key 1
            if p1 != 0 or p2 != 0x01:
                return sw_bytes(0x6A88)
            if len(data) != 8 or le is not None:
                return sw_bytes(0x6700)
            if self.ext_tries == 0:
                return sw_bytes(0x6983)
            if self.challenge is None:
                return sw_bytes(0x6985)
            expected = des3_ede2(self.keys[1], self.challenge)
            self.challenge = None  # one challenge, one try
            if bytes(data) == expected:
                self.authenticated = True
                if self.ext_tries != 3:
                    self.ext_tries = 3
                    self.save()
                return sw_bytes(SW_OK)
            self.authenticated = False
            self.ext_tries -= 1
            self.save()
            return bytes([0x63, 0xC0 | self.ext_tries])
        if ins == 0x88:  # INTERNAL AUTHENTICATE with key 2
            if p1 != 0 or p2 != 0x02:
                return sw_bytes(0x6A88)
            if len(data) != 8:
                return sw_bytes(0x6700)
            answer = des3_ede2(self.keys[2], data)
            if le is None:
                self.pending = answer
                return bytes([0x61, len(answer)])
            if le not in (0, len(answer)):
                return bytes([0x6C, len(answer)])
            return answer + sw_bytes(SW_OK)
        if ins == 0xC0:  # GET RESPONSE
            if pending is None:
                return sw_bytes(0x6985)
            if le is None or data:
                return sw_bytes(0x6700)
            length = le or 256
            if length > len(pending):
                self.pending = pending
                return bytes([0x6C, len(pending)])
            rest = pending[length:]
            if rest:
                self.pending = rest
                return pending[:length] + bytes([0x61, len(rest)])
            return pending + sw_bytes(SW_OK)
        return sw_bytes(0x6D00)


def load_card(path, on_write):
    with open(path) as f:
        image = json.load(f)
    chip = image.get("chip")
    if chip == "sle4442":
        return Sle4442OS(path, image, on_write)
    if chip == "cpu":
        return CpuCardOS(path, image, on_write)
    raise ValueError("unknown chip %r" % chip)


class VpcdLink(VirtualICC):
    """The card's connection to vpcd: the module's VirtualICC message loop around our card OS.
    VirtualICC.__init__ is not called: it builds the module's own card types and ends the process
    when vpcd is not listening, where we want to wait for the reader."""

    def __init__(self, card_os, host, port, after_answer):
        self.os = card_os
        self.type = "prepaydesk"
        self.host = host
        self.port = port
        self.server_sock = None
        self.sock = VirtualICC.connectToPort(host, port)  # OSError while nothing listens
        self.sock.settimeout(None)
        self.after_answer = after_answer

    def _VirtualICC__recvFromVPICC(self):
        # vpcd writes a message's length and its bytes in two sends without TCP_NODELAY: Nagle holds
        # the second until the first is acknowledged, and a delayed ACK costs 40 ms a command.
        # Acknowledge at once instead (Linux TCP_QUICKACK, which the kernel clears, so every time).
        if hasattr(socket, "TCP_QUICKACK"):
            try:
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            except OSError:
                pass
        return VirtualICC._VirtualICC__recvFromVPICC(self)

    def _VirtualICC__sendToVPICC(self, msg):
        VirtualICC._VirtualICC__sendToVPICC(self, msg)
        self.after_answer()

    def pull(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # the loop's recv() sees the end and returns
        except OSError:
            pass

    def serve(self):
        try:
            self.run()  # leaves by sys.exit() when the socket closes
        except (SystemExit, Exception):
            pass
        finally:
            self.sock.close()


class Slot:
    """One card slot: the card in it (or none) and the thread that serves it to vpcd."""

    def __init__(self, host, port):
        self.host = host
        self.port = port
        self.lock = threading.Lock()
        self.path = None
        self.thread = None
        self.stop = None
        self.link = None
        self.writes_until_pull = 0
        self.pull_now = False

    def on_write(self):  # called by the card OS for each write command
        with self.lock:
            if self.writes_until_pull > 0:
                self.writes_until_pull -= 1
                if self.writes_until_pull == 0:
                    self.pull_now = True

    def after_answer(self):  # called after each answer went to vpcd
        with self.lock:
            if not self.pull_now:
                return
            self.pull_now = False
            self.path = None
            self.stop.set()
            link = self.link
        link.pull()

    def serve(self, card, stop):
        while not stop.is_set():
            try:
                link = VpcdLink(card, self.host, self.port, self.after_answer)
            except OSError:
                stop.wait(0.05)  # the reader is away (pcscd stopped): the card waits in the slot
                continue
            with self.lock:
                if stop.is_set():
                    link.sock.close()
                    break
                self.link = link
            link.serve()
            with self.lock:
                self.link = None
            # Reset between connections, as a card powered down by an unplugged reader.
            card.powerDown()

    def insert(self, path):
        self.collect()
        if self.path is not None:
            return "error a card is already in the slot (%s)" % self.path
        try:
            card = load_card(path, self.on_write)
        except (OSError, ValueError, KeyError, TypeError) as e:
            return "error cannot read card image %s: %s" % (path, e)
        with self.lock:
            self.path = path
            self.pull_now = False
            self.stop = threading.Event()
            self.thread = threading.Thread(target=self.serve, args=(card, self.stop), daemon=True)
        self.thread.start()
        return "ok inserted %s" % path

    def remove(self):
        with self.lock:
            was = self.path
            self.path = None
            if self.stop is not None:
                self.stop.set()
            link = self.link
        if link is not None:
            link.pull()
        self.collect()
        return "ok removed %s" % was if was else "ok empty"

    def collect(self):
        """Waits for the thread of a card that was pulled out."""
        if self.thread is not None and self.stop.is_set():
            self.thread.join()
            self.thread = None

    def status(self):
        with self.lock:
            return "ok inserted %s" % self.path if self.path else "ok empty"

    def pull_after_writes(self, arg):
        try:
            n = int(arg)
            if n < 0:
                raise ValueError
        except ValueError:
            return "error pull-after-writes needs a count >= 0"
        with self.lock:
            self.writes_until_pull = n
            self.pull_now = False
        return "ok pull after %d writes" % n if n else "ok pull cancelled"


def serve(args):
    slot = Slot(args.host, args.port)
    for line in sys.stdin:
        words = line.strip().split(None, 1)
        if not words:
            continue
        command, arg = words[0], (words[1] if len(words) > 1 else "")
        if command == "insert" and arg:
            answer = slot.insert(arg)
        elif command == "remove":
            answer = slot.remove()
        elif command == "pull-after-writes":
            answer = slot.pull_after_writes(arg)
        elif command == "status":
            answer = slot.status()
        elif command == "quit":
            break
        else:
            answer = "error unknown command %r (insert FILE, remove, pull-after-writes N, status, quit)" % line.strip()
        sys.stdout.write(answer + "\n")
        sys.stdout.flush()
    slot.remove()
    sys.stdout.write("ok bye\n")
    sys.stdout.flush()
    return 0


# 00-03: the chip's ATR header; 04-0F: manufacturer bytes (arbitrary here, CARDS.md); 10-FF: FF
# (the PrepayDesk header and serial of a card never issued, then the application area).
BLANK_SLE4442_HEAD = bytes.fromhex("A2131091") + bytes.fromhex("2C0B5D1E07000000A5C30001")


def make_blank(args):
    if args.chip == "sle4442":
        memory = BLANK_SLE4442_HEAD + b"\xff" * (256 - len(BLANK_SLE4442_HEAD))
        image = {"chip": "sle4442", "memory": memory.hex().upper(), "protection": "FFFFFFFF",
                 "psc": "FFFFFF", "errorCounter": 3}
    else:
        try:
            serial = bytes.fromhex(args.serial or "")
            master = bytes.fromhex(args.master or "")
        except ValueError:
            serial = master = b""
        if len(serial) != 8 or len(master) != 16:
            sys.stderr.write("make-blank cpu needs --serial <16 hex digits> and --master <32 hex digits>\n")
            return 2
        image = {"chip": "cpu", "serial": serial.hex().upper(), "area": "FF" * 224,
                 "keys": {"1": diversify(master, serial, 1).hex().upper(),
                          "2": diversify(master, serial, 2).hex().upper()},
                 "extTries": 3}
    save_json(args.file, image)
    print("ok %s" % args.file)
    return 0


def main():
    parser = argparse.ArgumentParser(description="A virtual SLE4442 or CPU card in a vpcd slot.")
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="serve one slot; commands on stdin")
    s.add_argument("--port", type=int, default=0x8C7B, help="vpcd port of the slot (default: Debian's 35963)")
    s.add_argument("--host", default="127.0.0.1")
    b = sub.add_parser("make-blank", help="write a blank card image")
    b.add_argument("chip", choices=["sle4442", "cpu"])
    b.add_argument("file")
    b.add_argument("--serial")
    b.add_argument("--master")
    args = parser.parse_args()
    return serve(args) if args.command == "serve" else make_blank(args)


if __name__ == "__main__":
    sys.exit(main())
