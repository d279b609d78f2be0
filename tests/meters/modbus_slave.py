#!/usr/bin/python3
"""A prepaid meter as a Modbus RTU slave, served by Debian's pymodbus (python3-pymodbus 3.0).

The Modbus side (framing, CRC, function codes, exception replies) is entirely pymodbus: this
script only lays out the datastore and adds the meter's own behaviour that a register write
triggers, as a real prepaid meter does:

  * writing the credit register (holding CREDIT, 2 words, uint32 high word first, 0.01 yuan)
    adds that amount to the balance (holding BALANCE, int32, 0.01 yuan), counts the purchase
    (holding COUNT) and clears the credit register again;
  * the relay is coil 0 (1 = closed, supply on); the meter applies what is written.

The addresses follow plugins/modbus/maps/generic-prepaid.json (docs/modbus-maps.md).

The whole datastore is loaded from a JSON state file and written back to it after every write
the slave applies, so a test can see exactly what the meter did (and did not do) even after the
slave was killed.

  modbus_slave.py --port PTY --state FILE [--unit 1] [--baud 9600]

Prints "ready" on stdout once the serial port is open.
"""

import argparse
import asyncio
import json
import os
import sys

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.server import StartAsyncSerialServer
from pymodbus.transaction import ModbusRtuFramer

BALANCE = 0x0100  # int32, two words
COUNT = 0x0104  # uint16
CREDIT = 0x0110  # uint32, two words, write to add

TABLES = ("coils", "discrete", "input", "holding")


class Meter:
    def __init__(self, state_path):
        self.state_path = state_path
        with open(state_path, encoding="utf-8") as f:
            self.state = json.load(f)
        for table in TABLES:
            self.state.setdefault(table, [])
            self.state.setdefault("writes", 0)

    def save(self):
        tmp = self.state_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self.state, f)
        os.replace(tmp, self.state_path)


class Block(ModbusSequentialDataBlock):
    """One table of the datastore, kept in the meter's state."""

    def __init__(self, meter, table):
        self.meter = meter
        self.table = table
        super().__init__(0, list(meter.state[table]))

    def setValues(self, address, values):  # pylint: disable=invalid-name
        super().setValues(address, values)
        if self.table == "holding":
            self.after_holding_write(address, values)
        # Coils are stored as bools by pymodbus; the state file keeps plain integers.
        self.meter.state[self.table] = [int(v) for v in self.values]
        self.meter.state["writes"] += 1
        self.meter.save()

    def after_holding_write(self, address, values):
        if not isinstance(values, list):
            values = [values]
        end = address + len(values)
        if address <= CREDIT and CREDIT + 2 <= end:
            amount = (self.values[CREDIT] << 16) | self.values[CREDIT + 1]
            balance = (self.values[BALANCE] << 16) | self.values[BALANCE + 1]
            if balance >= 0x80000000:
                balance -= 0x100000000
            balance = max(-0x80000000, min(0x7FFFFFFF, balance + amount))
            balance &= 0xFFFFFFFF
            self.values[BALANCE] = balance >> 16
            self.values[BALANCE + 1] = balance & 0xFFFF
            self.values[COUNT] = (self.values[COUNT] + 1) & 0xFFFF
            self.values[CREDIT] = 0
            self.values[CREDIT + 1] = 0


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", required=True)
    parser.add_argument("--state", required=True)
    parser.add_argument("--unit", type=int, default=1)
    parser.add_argument("--baud", type=int, default=9600)
    args = parser.parse_args()

    meter = Meter(args.state)
    slave = ModbusSlaveContext(
        co=Block(meter, "coils"),
        di=Block(meter, "discrete"),
        ir=Block(meter, "input"),
        hr=Block(meter, "holding"),
        zero_mode=True,  # the address on the wire is the index in the block
    )
    context = ModbusServerContext(slaves={args.unit: slave}, single=False)
    server = await StartAsyncSerialServer(
        context=context,
        framer=ModbusRtuFramer,
        port=args.port,
        baudrate=args.baud,
        bytesize=8,
        parity="N",
        stopbits=1,
        ignore_missing_slaves=True,  # another unit's request gets no answer, as on a real bus
        defer_start=True,
    )
    await server.start()
    print("ready", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
