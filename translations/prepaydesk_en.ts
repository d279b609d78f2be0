<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Access</name>
    <message>
        <source>view records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not %2; ask a supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve reversals and cash differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardKeys</name>
    <message>
        <source>OpenSSL could not compute HMAC-SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card key must be %1 bytes (%2 hexadecimal digits); this one is %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card serial is %1 bytes; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card key is %1 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardReaders</name>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>There is no card key in the key vault: an administrator adds the utility&apos;s card key under Settings, Key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is not a kind PrepayDesk can use (its answer to reset is %1). Check the card is the right way up, or use an SLE4442 or PrepayDesk CPU card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card belongs to utility %1, not to this utility (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card shows purchase %1, but purchase %2 was written onto it: it is an old copy of the card. Keep it and call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card shows purchase %1, but the records end at purchase %2. Keep the card and call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blacklisted (%1). It cannot be used; the meter has a replacement card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not keep what was written (the read-back differs). Put it back in the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a new card cannot be undone: confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random source for the card serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 does not take IC cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not installed for a customer; install it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 already has card %2 in use. For a lost or damaged card, issue a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is blacklisted; it cannot be issued again. Use a blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is already issued. Use a blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not blank: it holds data this console did not write. Use a blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank card has no security code of PrepayDesk&apos;s to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is not in this console&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve this; a supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has no card in use to replace; issue a card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 onto card %2 is still pending: finish or void it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; cards are issued from the customer&apos;s meter, not as engineer cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is a customer&apos;s card or blacklisted; use a blank card or an engineer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of meter %1 has no tariff: give it one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSlot</name>
    <message>
        <source>the meter has no card key (start prepay-metersim with --card-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter has no utility code (start prepay-metersim with --utility-code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is for utility %1, this meter belongs to utility %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is for meter %1, this is meter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is in money, this meter counts units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is in units, this meter counts money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is locked (no security code tries left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s security code is not this utility&apos;s: it cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card was replaced by another and is blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is for customer %1, this meter&apos;s account is for customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another card (%1) is bound to this meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit would take the meter over its maximum balance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter did not take the purchase count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card carries purchase %1 but the meter&apos;s last is %2: a purchase in between never reached the meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkedRead</name>
    <message>
        <source>The card did not give bytes %1 to %2 (%3, %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cjt188</name>
    <message>
        <source>unit %1H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame&apos;s checksum is wrong: bytes were lost or changed on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame does not end with 16H where its length says it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame claims more than %1 data bytes, which no CJ/T 188 frame has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status word ST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s value for %1 is not a BCD number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter data reply has %1 data bytes after DI and SER, not 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current cumulative flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative flow on the settlement day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s clock is not a valid BCD date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase data reply has %1 data bytes after DI and SER, not 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s purchase sequence is not BCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CJ/T 188 address has 7 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command goes to one meter: give its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 to 999999.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 to 999999.99 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ/T 188 has the editions 2004 and 2018, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CJ/T 188 address has at most 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CJ/T 188 address is digits (and hex digits for the manufacturer code) only: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter data (flows, time, status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases and remaining money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s time must be a date from 2000 to 2099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown CJ/T 188 data item &quot;%1&quot;: give meter_data, purchase_data or an identifier of 4 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase sequence number must be 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase amount must be more than 0 and at most 999999.99 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAAAAAAAAAAAA is the wildcard, not an address a meter can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter cannot give the requested data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter would not tell its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter did not carry out the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter did not take the new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter refused the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its valve reports a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its battery is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s abnormal reply has %1 data bytes, not SER and ST (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered abnormally: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s reply has no data identifier and SER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valve reply has %1 bytes of status, not 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase confirmation has %1 data bytes after DI and SER, not 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmed purchase sequence is not BCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a reply, not a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no data identifier and SER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valve command has one control byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown valve command %1H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase write has a sequence byte and a 4-byte amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase write is not BCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time write does not carry a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported write data identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write address request carries 7 address bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported request function %1H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement-day flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter type T is one byte (0 to FFH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame sequence number SER is 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ/T 188 has no such command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request frame came back instead of a reply (the line&apos;s own echo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is from meter %1, not from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply carries sequence number %1, not %2: it answers another request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>PrepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-centre console for prepaid water, electricity and gas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database (created with %1 generated customers on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the console: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the user name USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --measure-startup: log in with PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1; choose zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --db or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print window_ready_ms and rss_kib once the login dialog is shown, then quit; with --user and --password, log in instead, search once, print main_window_ms and rss_kib, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpuCard</name>
    <message>
        <source>Offset %1 with %2 bytes cannot be sent in one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication cryptogram is 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication challenge is 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card master key is 16 bytes (2-key 3DES); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3DES works on whole 8-byte blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not run 3DES (DES-EDE-ECB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card serial is 8 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions of use not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong key, %n tries left</source>
        <translation>
            <numerusform>wrong key, %n try left</numerusform>
            <numerusform>wrong key, %n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CpuCardMemory</name>
    <message>
        <source>This CPU card has no PrepayDesk file %1 (%2): it is not a PrepayDesk card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s %3-byte area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a random challenge for the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a genuine card for this utility&apos;s key: it failed internal authentication (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong answer to the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card master key is 16 bytes (2-key 3DES); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave no challenge for authentication (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused this utility&apos;s key and is now blocked: it can no longer be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The card refused this utility&apos;s key: %n tries left.</source>
        <translation>
            <numerusform>The card refused this utility&apos;s key: %n try left.</numerusform>
            <numerusform>The card refused this utility&apos;s key: %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>This card&apos;s key is blocked (no authentication tries left): it can no longer be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused external authentication (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the card failed (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the write: it has not been unlocked with this utility&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the write of bytes %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was written but could not be read back to check it (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not take the data: bytes %1 to %2 read back different from what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU card tells its key tries only when a key is presented: unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 contains bytes that are not text. The file must be saved as UTF-8 or GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: after a closing &quot; only a comma or the end of the line may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a &quot; inside a field that does not start with &quot; (write it as &quot;&quot; inside a quoted field).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header has no &quot;name&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown utility &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account or meter needs its utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 tariff with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meter carrier &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has different details on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number %1 already exists; an import only adds new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write yes or no (also accepted: 1/0, true/false, 是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has meter details but no meter serial; add the serial or remove the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not start storing the line; nothing was stored. Try the import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer above to see their details, accounts, meters and history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large prin&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer while you were editing. Close the form and open the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has a %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen tariff does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen tariff is for another utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PrepayDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. PrepayDesk records every sale and needs to write to its database; give it write access or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another PrepayDesk console (%2, process %3 on %4). Close that console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file beside %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked and may be damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PrepayDesk (schema %2; this version knows up to %3). Update PrepayDesk to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed (%2); it was left at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is still being checked; nothing can be saved until the check has finished. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 5,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has customers; demo data goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo operators could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vending key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo card key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepayDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — nothing will be stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database: %1 customers with accounts, meters and a year of readings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS supply group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS tariff index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS key revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dlt645</name>
    <message>
        <source>Combined active energy, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward active energy, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse active energy, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage, phase A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage, phase B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage, phase C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current, phase A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current, phase B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current, phase C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active power, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active power, phase A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status word 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status word 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status word 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame&apos;s checksum is wrong: bytes were lost or changed on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame does not end with 16H where its length says it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame claims more than %1 data bytes, which DL/T 645 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter sent %1 bytes for %2, which has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s value for %1 is not a BCD number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s date is not BCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s date is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s time is not BCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s time is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be 4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 has the editions 2007 and 1997, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DL/T 645 address has at most 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DL/T 645 address is decimal digits only: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 carries times from 2000 to 2099.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown DL/T 645 data item &quot;%1&quot;: give a name from the list or an identifier in hex (8 digits for 2007, 4 for 1997).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay commands go to one meter: give its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (PA P0 P1 P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator code (C0..C3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay command needs the time until which it is valid (2000-2099).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase goes to one meter: give its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security module&apos;s block is too long for one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter refused for a reason it does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter has no such data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password or not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baud rate cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many time zones in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many periods in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data sent is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data identifier is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this recharge was already loaded (repeated recharge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter&apos;s security module (ESAM) rejected the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer number does not match the meter&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase count does not follow the meter&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase would exceed the meter&apos;s hoarding limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved error bit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s security error reply has no error word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s error reply has no error word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s address reply has %1 bytes, not 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s read reply has no data identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s security reply has no data identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a reply, not a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time sync request does not carry a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay command has 16 data bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relay command %1H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write address request has 6 data bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security request has at least 8 data bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown security command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported request function %1H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645-%1 has no such command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DL/T 645 purchase needs a security module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 has no such command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request frame came back instead of a reply (the line&apos;s own echo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is from meter %1, not from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99..99 is the broadcast address, not one meter&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s follow-up reply has no sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported request control code %1H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read address request has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read request&apos;s data field has %1 bytes, which fits no read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay command&apos;s reserved byte N2 is not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay command&apos;s deadline is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new address is not decimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay command carries a 4-byte password and a 4-byte operator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address is 6 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator code must be 4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase block was sealed for a recharge, not for opening an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase block was sealed for opening an account, not for a recharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the meter&apos;s %2-byte register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for %2 (a number with at most %3 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a date from 2000 to 2099 (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a time of day (hh:mm:ss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS keypad token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>meter status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>meter status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>meter history event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>meter history event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>meter history event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>meter history event</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchanger</name>
    <message>
        <source>the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 refused (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from meter %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more data follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already on the line before sending were thrown away.</source>
        <translation>
            <numerusform>%n byte already on the line before sending was thrown away.</numerusform>
            <numerusform>%n bytes already on the line before sending were thrown away.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no request to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that expects a reply needs its protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line to the meter is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again to %1, try %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 (try %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast sent; meters do not answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 (try %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a reply about %1 while waiting for %2 (a late answer to an earlier request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of noise or damaged frames skipped before the reply.</source>
        <translation>
            <numerusform>%n byte of noise or damaged frames skipped before the reply.</numerusform>
            <numerusform>%n bytes of noise or damaged frames skipped before the reply.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 of %2: only a damaged reply came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 of %2: no good reply within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 of %2: no reply within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, but every reply was damaged (%n tries). Check the wiring, the line settings and for electrical noise on the line.</source>
        <translation>
            <numerusform>%1 answered, but the reply was damaged (%n try). Check the wiring, the line settings and for electrical noise on the line.</numerusform>
            <numerusform>%1 answered, but every reply was damaged (%n tries). Check the wiring, the line settings and for electrical noise on the line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from %1 after %n tries; only other meters answered. Check the address.</source>
        <translation>
            <numerusform>No reply from %1 after %n try; only other meters answered. Check the address.</numerusform>
            <numerusform>No reply from %1 after %n tries; only other meters answered. Check the address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No valid reply from %1 after %n tries, only noise. Check the line settings (speed, parity).</source>
        <translation>
            <numerusform>No valid reply from %1 after %n try, only noise. Check the line settings (speed, parity).</numerusform>
            <numerusform>No valid reply from %1 after %n tries, only noise. Check the line settings (speed, parity).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from %1 after %n tries of %2 ms each. Check the address, the wiring and that the meter is powered.</source>
        <translation>
            <numerusform>No reply from %1 after %n try of %2 ms. Check the address, the wiring and that the meter is powered.</numerusform>
            <numerusform>No reply from %1 after %n tries of %2 ms each. Check the address, the wiring and that the meter is powered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the other operators (cashiers, supervisors, engineers) later. Keep the password somewhere safe: nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcCardCarrier</name>
    <message>
        <source>This account has no meter installed to write a card for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the customer&apos;s card in the reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is blank. Issue it for the meter first (Cards page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is an engineer&apos;s card, not a customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is not in this console&apos;s records. Read it on the Cards page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is the card of meter %1 (%2), not of meter %3 this sale is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is locked: its security code has no tries left. Replace the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has one security-code try left. A supervisor must check the card on the Cards page before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit of purchase %1 is still on the card: the meter has not loaded it. The customer puts the card in the meter first; then read it here and sell again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 onto this card is still pending: finish or void it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written onto IC card %1 as purchase %2: the customer puts the card in the meter to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 has no card data recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was not written: %2 Put it back in the reader and finish the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in the reader is %1; this sale is for card %2. Put that card in the reader and finish the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 holds data of another sale; this sale cannot be written onto it. Void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was not written completely (%2). Put it back in the reader and finish the sale; the credit is written only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put card %1 in the reader: until it is back it cannot be told whether the credit of sale %2 is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 holds data of another sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put card %1 in the reader to void the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 could not be restored (%2); the sale stays pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per account; rows with the same customer_no belong to one customer. Files saved by Excel (GB18030) and UTF-8 files are both read. Every line is checked before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some lines have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing — store the file only if every line is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip bad lines — store every correct line and list the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save errors as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The key vault&apos;s passphrase has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is already set up; change its passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault could not be set up (no random source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault&apos;s settings are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong key vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the key vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supply group code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type is 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a key for SGC %1, key revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vending key for SGC %1, key revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vending key for SGC %1, key revision %2 does not open: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase could not be applied (no random source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vending key %1 does not open: it was altered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vending key has 8 bytes (DKGA02) or 20 bytes (DKGA04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A utility code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card key has %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card key in the key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card key for utility %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card key of utility %1 does not open: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card key %1 does not open: it was altered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A ledger line needs either a debit or a credit, positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger posting &quot;%1&quot; does not balance (debit %2, credit %3); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger transaction %1 has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total debits %1 differ from total credits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger transaction %1 does not balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 belongs to no vend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments of vend %1 do not add up to its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 does not have exactly one sale posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 is undone in the ledger a different number of times than its state says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 was delivered without a credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1 was issued for more than one vend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Line</name>
    <message>
        <source>Cannot open a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the link %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on TCP port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkEndpoint</name>
    <message>
        <source>Name a serial port (such as /dev/ttyUSB0 or COM3) or a device server as tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TCP port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a device server as tcp://host:port, for example tcp://192.168.1.20:4001.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PrepayDesk — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the service counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no operator who can log in yet. Create the first administrator to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create first administrator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PrepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterPorts</name>
    <message>
        <source>The meter simulator&apos;s devices file %1 cannot be read (%2): is prepay-metersim running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number %1 is not a %2 meter address (up to %3 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter simulator has meter %1 as a %2 meter, but the console has it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not one of the simulator&apos;s meters (%2), and no counter port is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial port is set for meters at the counter: set %1 (for example /dev/ttyUSB0, COM3 or tcp://10.0.0.5:4001) and start the console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter port setting &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s serial port %1 is not there: check that the adapter is plugged in, or correct %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterProtocol</name>
    <message>
        <source>The %1 protocol cannot build this command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterService</name>
    <message>
        <source>meter serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name has at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meter protocol %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial meter needs its protocol: dlt645, cjt188 or modbus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An STS meter needs its supply group code (6 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An STS meter needs its tariff index (0 to 99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An STS meter needs its key revision number (1 to 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only IC-card meters have a card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter with serial %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number %1 belongs to another meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this meter meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An installed meter cannot change utility; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another meter already has this serial or card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is already installed on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is marked faulty and cannot be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 measures %2 but account %3 is for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 already has meter %2; replace it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not installed, so there is nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 measures another utility than meter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 is not installed, so it cannot be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is already on that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is for another utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 already has a meter installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meter with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterSession</name>
    <message>
        <source>The meter refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterTokens</name>
    <message>
        <source>Only engineers, supervisors and administrators make management tokens, change meter keys and decode tokens; the role %1 may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot approve this; a supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no STS keypad meter with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS driver plugin is not loaded, so no STS token can be made or decoded. Settings lists the driver plugins and why one did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no key vault, so it has no vending keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is locked: an administrator must unlock it (Settings, Key vault) before STS tokens can be made or decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has no STS supply group code, tariff index and key revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maximum power limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tariff rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tamper condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maximum phase power unbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set water meter factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum unbalance (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (65535: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff rate (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter factor (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the limit in watts, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another token was made for meter %1 meanwhile; make this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supply group code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff index is 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 already has SGC %2, TI %3 and KRN %4: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault has no vending key for SGC %1, key revision %2: an administrator adds it first (Settings, Key vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has no key change waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token has only digits (spaces or dashes between the groups are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A token has 20 digits; %n were typed.</source>
        <translation>
            <numerusform>A token has 20 digits; %n was typed.</numerusform>
            <numerusform>A token has 20 digits; %n were typed.</numerusform>
        </translation>
    </message>
    <message>
        <source>A vending key is written in hex digits (0 to 9 and a to f) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A DKGA02 vending key has 16 hex digits; %n were typed.</source>
        <translation>
            <numerusform>A DKGA02 vending key has 16 hex digits; %n was typed.</numerusform>
            <numerusform>A DKGA02 vending key has 16 hex digits; %n were typed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s next key could not be tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC error: the token does not open with this meter&apos;s key. Either a digit was typed or read out wrong (check all 20 digits with the customer), or the token was made for another meter or another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not open with the meter&apos;s next key either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change token, part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter test or display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved token kind (class %1, subclass %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opened only with the meter&apos;s next key (SGC %1, TI %2, KRN %3), not with its present one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on %1 in sale %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That sale began with %n key change token(s): the meter takes this token only after them, entered in order.</source>
        <translation>
            <numerusform>That sale began with %n key change token: the meter takes this token only after it.</numerusform>
            <numerusform>That sale began with %n key change tokens: the meter takes this token only after them, entered in order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on %1 by %2, approved by %3; the reason given: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this meter: the token is “%1”, but meter %2 counts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refuses this token until its key change tokens have been entered: it was made for the meter&apos;s next key. The key change tokens come first with the meter&apos;s next sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every STS meter takes this test or display token; it needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter takes this key change token once; key change tokens are entered first, in order, before the tokens made with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too old: %n later tokens were made for this meter since this one, and a meter remembers only about its latest %1 tokens; it refuses anything older.</source>
        <translation>
            <numerusform>Too old: %n later token was made for this meter since this one, and a meter remembers only about its latest %1 tokens; it refuses anything older.</numerusform>
            <numerusform>Too old: %n later tokens were made for this meter since this one, and a meter remembers only about its latest %1 tokens; it refuses anything older.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used: a later token was made for this meter (this one&apos;s identifier %1 comes before the meter&apos;s last, %2). A meter takes each token once, so if the meter refuses this one, it was entered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later token(s) were made for this meter at this console.</source>
        <translation>
            <numerusform>%n later token was made for this meter at this console.</numerusform>
            <numerusform>%n later tokens were made for this meter at this console.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: this is the newest token made for this meter, and the meter takes it once. If the meter refuses it now, it has been entered already: the meter&apos;s credit or setting shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the meter takes this token once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is newer than the last token this console made for the meter, so it was made elsewhere (another outlet or the utility).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A DKGA04 vending key has 40 hex digits; %n were typed.</source>
        <translation>
            <numerusform>A DKGA04 vending key has 40 hex digits; %n was typed.</numerusform>
            <numerusform>A DKGA04 vending key has 40 hex digits; %n were typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>Meter %1 answered, but the request went to meter %2; the reply was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus meter address is a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no value &quot;%2&quot; to read (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no relay control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus meter&apos;s relay can only be tripped or closed; register map %1 has no other relay command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no money credit register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recharge must be for more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modbus protocol cannot build this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus meter address must be between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus register address %1 (and the %2 after it) is outside 0..65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s %1 reply has the wrong length; the reply was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1 is not a Modbus read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus read takes 1 to %1 items, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus write takes 1 to %1 registers, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Modbus request frame the console can send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus reply failed its CRC check (line noise or a loose cable); it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus reply has an impossible byte count; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter echoed a coil value other than on or off; the reply was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered with Modbus function %1, which the console does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 answered a request for meter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered %1 to a %2 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s %1 reply does not match the request (other registers or values); it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter does not support this request (Modbus exception 01, illegal function). Check that the register map is the one for this meter model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter has no such register (Modbus exception 02, illegal data address). Check that the register map is the one for this meter model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter refused the value (Modbus exception 03, illegal data value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter failed while carrying out the request (Modbus exception 04, server device failure). The meter may need service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter accepted the request but needs more time (Modbus exception 05, acknowledge). Read it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is busy (Modbus exception 06, server device busy). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter cannot carry out this request (Modbus exception 07, negative acknowledge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter found a fault in its memory (Modbus exception 08, memory parity error). The meter may need service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has no path to the meter (Modbus exception 0A, gateway path unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter behind the gateway did not answer (Modbus exception 0B, gateway target device failed to respond).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter answered with Modbus exception %1, which the standard does not define.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write it like 100 or 100.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of money has at most two decimal places (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAccountDialog</name>
    <message>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first operator must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (random source failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcscCard</name>
    <message>
        <source>A card command cannot carry more than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card command cannot ask for more than 256 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave an answer that makes no sense. Take it out, put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>This file is not a Qt plugin: it has no plugin metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It implements %1, which is not a PrepayDesk driver interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was built for %1 %2; this console speaks %1 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It implements %1 %2, an interface this console does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plugin named %1 is already loaded from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepayCardFormat</name>
    <message>
        <source>The card is blank: nothing has been written on it yet. Issue it for a meter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card serial is %1 bytes; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card key must be %1 bytes; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data area is %1 bytes; the PrepayDesk format needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 on the card (%2) is impossible: it must be from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has data but no serial: it was not issued by PrepayDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PrepayDesk card: its data is in another format (another vendor&apos;s card?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is in version %1 of the PrepayDesk card format, which this PrepayDesk cannot read: update PrepayDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card data was altered or damaged (its check code does not match this card and utility): do not load it; take the card back and issue a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit unit %1 on the card is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility code on the card is not 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card sets flags this format does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number on the card is not plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number on the card is not plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card names a replaced card without being a replacement card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s reserved bytes are not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card names itself as the card it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s data on the card was altered or damaged (its check code does not match): do not trust it; put the card in the meter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter wrote version %1 of the PrepayDesk write-back, which this PrepayDesk cannot read: update PrepayDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s status on the card sets bits this format does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds more meter readings than the format allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s unused reading slots are not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading date on the card is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit unit is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility code is 6 digits (&quot;%1&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 on a card is up to %2 letters, digits or signs without accents (&quot;%3&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 on a card does not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s card names the meter it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price version is from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An engineer&apos;s card carries no credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool card opens or closes the valve (action 1 or 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a tool card carries a valve or relay action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a customer&apos;s card can replace another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced card&apos;s serial is 8 bytes (not all 00 or FF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit left in the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card holds up to %1 meter readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading on the card has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readings on the card are not newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter time on the card is out of range (1970 to 2106).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no serial yet: personalise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot replace itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintRow</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Enter a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; write it like 12 or 12.345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity has at most three decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Electricity purchase receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water purchase receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas purchase receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERY NOT CONFIRMED. The credit is kept and will be finished or voided at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT DELIVERED. The payment was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED. This credit was cancelled and the payment returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVERSED. This sale was undone and the payment returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPRINT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fixed charge, %n month(s)</source>
        <translation>
            <numerusform>Fixed charge, %n month</numerusform>
            <numerusform>Fixed charge, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free units %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: %2 %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt until the credit shows on the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Key change token %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Credit token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>The printer or file could not be drawn on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionService</name>
    <message>
        <source>A region has at most four levels: city / district / community / building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterMap</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each value must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is lower-case letters, digits, &quot;_&quot; and &quot;.&quot; (&quot;balance.money&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit&quot; must be a text (&quot;kWh&quot;, &quot;yuan&quot;, or &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (coil, discrete, input or holding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (bool, uint16, int16, uint32, int32 or float32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coils and discrete inputs are &quot;bool&quot;; registers are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wordOrder&quot; is &quot;high-first&quot; or &quot;low-first&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;access&quot; is &quot;read&quot;, &quot;write&quot; or &quot;read-write&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discrete inputs and input registers cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;writeFunction&quot; must be 5 for a coil, 6 (one register) or 16 for holding registers, and only on a value that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value runs past register address 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;states&quot; is an object of raw integer values to texts, and not for float32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;states&quot; maps a raw integer (&quot;0&quot;) to a text, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (digits, with an optional decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not known to this version of PrepayDesk (it reads format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is lower-case letters, digits and &quot;-&quot; (&quot;generic-prepaid&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parity&quot; is &quot;none&quot;, &quot;even&quot; or &quot;odd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list with at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2..%3 overlaps value &quot;%4&quot; (%1 %5..%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is not among the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit is written to an integer register (an amount cannot be a bit, and a float cannot carry money exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;money&quot; or &quot;units&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;trip&quot; and &quot;close&quot; must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Modbus register map &quot;%1&quot; (known maps: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1.json says its id is &quot;%2&quot;; the file name and the id must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter sent %1 registers for &quot;%2&quot;, which needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a float32, not an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter reported &quot;%1&quot; as a value that is not a usable number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit &quot;%2&quot; (%3, %4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a float32, which the console does not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes amounts in steps of %2 %3; %4 is not a whole number of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleText</name>
    <message numerus="yes">
        <source>Fixed charge, %n month(s)</source>
        <translation>
            <numerusform>Fixed charge, %n month</numerusform>
            <numerusform>Fixed charge, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: delivery not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialMeterCarrier</name>
    <message>
        <source>The sale has no meter to load the credit into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s meter is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 speaks Modbus, and credit cannot be loaded into Modbus meters at the counter: their credit register carries no purchase count, so a purchase whose answer was lost could be loaded twice. Sell this meter&apos;s credit another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has the protocol &quot;%2&quot;; credit is loaded at the counter into DL/T 645 and CJ/T 188 meters only. Correct the meter&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 meter driver is not loaded (Settings, Plugins): credit cannot be loaded into meter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of meter %1 is not a %2 meter address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 meters take purchases sealed by the vendor&apos;s security module (ESAM/PSAM), and this console has none: credit cannot be loaded into meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s security module (%1) is a stand-in for the meter simulator and tests, never for real meters, and meter %2 is on %3, not on the simulator. Install the vendor&apos;s security module to load credit into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is too small to load into a meter: at least 0.01 is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CJ/T 188 meter takes at most 999999.99 in one purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 does not answer on %2: check that it is connected to the counter&apos;s line and has power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 for meter %2 is not there: check the adapter or the simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 did not give its %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 answered without its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The tariff loads money: is the meter set to count money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The tariff loads units: is the meter set to count units?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has its purchase %2, but of %3, not of this sale&apos;s %4: it may be another sale&apos;s. The sale stays pending until an engineer has read the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 for meter %2 is still pending: finish or void it first (its credit may already be in the meter). Nothing was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has had %2 purchases, the most its counter holds: an engineer must reset it before it takes another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for meter %1, its purchase %2, sent straight to the meter at the counter: there is nothing to key in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter takes hundredths of a unit: %1 of the %2 sold are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has no purchase count in its credit code: it was not made for a meter at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent; the sale stays pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 shows purchase %2, but this sale is its purchase %3: another purchase reached the meter since the sale was recorded. Nothing was sent; an engineer should read the meter before the sale is finished or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 counted purchase %2, but its balance rose by %3, not by the %4 loaded: the sale stays pending until an engineer has read the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase was sent to meter %1, but no confirmation came back: %2 The sale stays pending: finish it once the meter answers; it cannot be loaded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 %2, but could not be read back (%3). The sale stays pending: finish it once the meter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 did not take the purchase. %2 Nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 %2, but now shows purchase %3 where %4 was expected. The sale stays pending until an engineer has read the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 shows purchase %2; this sale is its purchase %3. Whether its credit arrived cannot be told from the meter: an engineer should read the meter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialSettings</name>
    <message>
        <source>Write the line settings as speed and format, for example &quot;2400 8E1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a serial line speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte format: write data bits, parity (N, E or O) and stop bits, as &quot;8E1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>The cash float must be between 0 and 100,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an open shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an RMB note or coin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count each denomination from 0 to 100,000 pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open shift to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vend(s) of this shift are still pending; finish or void them before closing.</source>
        <translation>
            <numerusform>%n vend of this shift is still pending; finish or void it before closing.</numerusform>
            <numerusform>%n vends of this shift are still pending; finish or void them before closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counted cash (%1) differs from the expected (%2) by %3: a supervisor must approve the closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cash difference must be approved by a supervisor other than the cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cash differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z REPORT - SHIFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vend(s))</source>
        <translation>
            <numerusform>%1 (%n vend)</numerusform>
            <numerusform>%1 (%n vends)</numerusform>
        </translation>
    </message>
    <message>
        <source>  units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tariff block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 block %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payment(s))</source>
        <translation>
            <numerusform>%1 (%n payment)</numerusform>
            <numerusform>%1 (%n payments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided (%n)</source>
        <translation>
            <numerusform>Voided (%n)</numerusform>
            <numerusform>Voided (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reversed (%n)</source>
        <translation>
            <numerusform>Reversed (%n)</numerusform>
            <numerusform>Reversed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sle4442</name>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s 256 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader refused %1 (status %2): is this a SLE4442 card in a reader that supports memory cards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bytes 00 to 1F of a SLE4442 card can be write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SLE4442 PSC is 3 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sle4442Memory</name>
    <message>
        <source>The reader cannot switch to SLE4442 memory cards (status %1): is this a SLE4442 card in a reader that supports memory cards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s 256 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s %3-byte area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SLE4442 PSC is 3 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is locked (no PSC tries left): it can still be read, but never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has a single PSC try left. A supervisor must approve the last try: a wrong PSC now would lock the card for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PSC: the card is now locked (no tries left). It can no longer be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PSC: %n tries left on this card.</source>
        <translation>
            <numerusform>Wrong PSC: %n try left on this card.</numerusform>
            <numerusform>Wrong PSC: %n tries left on this card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the card failed (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the write of bytes %1 to %2 (status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was written but could not be read back to check it (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not take the data: it is protected or not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card serial is 8 bytes and not all FF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s new PSC must not be the transport code FF FF FF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has already been issued (serial %1): it cannot be personalised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s header is already write-protected: it is not a blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused to write-protect its header (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not write-protect its header (protection bits %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the card&apos;s current PSC before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the new PSC (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not take the new PSC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftwareSecurityModule</name>
    <message>
        <source>The software security module has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase amount does not fit the meter&apos;s 4-byte register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number is up to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase block has %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase block&apos;s MAC does not verify (wrong key, wrong meter or altered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database is busy with another task; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>The card has %1 more bytes of answer ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card expected a different answer length (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong key or code: no tries are left, the card is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong key or code: %n tries left before the card is blocked.</source>
        <translation>
            <numerusform>Wrong key or code: %n try left before the card is blocked.</numerusform>
            <numerusform>Wrong key or code: %n tries left before the card is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card returned data that may be damaged. Read the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reached the end of its data before the length asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s file is disabled. The card cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong key or code: the card refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card failed to carry out the command; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s memory failed while writing. The card may be worn out: replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the command&apos;s length. The card may be of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not support this kind of access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the command for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused: it is not unlocked with the right key or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s key or code is blocked after too many wrong tries. The card cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s key or code cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the command at this step (conditions of use not satisfied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the command: no file is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the data sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not support this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not have the expected file. It may not be a card for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not have the expected record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has not enough memory for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the address or parameters of the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not have the key or data asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not know this command. It may be of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not support this class of command. It may be of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reported an internal error. Take it out, put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running, so no card reader can be used. Start it (pcscd on Linux, &quot;Smart Card&quot; on Windows) or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the smart card service was lost (it was restarted). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is not available: it may have been unplugged. Plug it back in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card, chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange with the card broke off; the card may have been taken out. Put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was reset by another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted the right way round, chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader cannot work with this card. It may not be a card for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported an error (PC/SC code %1). Take the card out, put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsCarrier</name>
    <message>
        <source>The STS meter number %1 is not an 11-digit meter number (DRN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has no meter to make a token for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is locked: an administrator must unlock it (Settings, Key vault) before STS tokens can be sold. Nothing was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s meter is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 has no STS supply group code, tariff index and key revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vending key of supply group %1, key revision %2 expired on %3 and the vault has no newer key revision: an administrator must add one. Nothing was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n key change token(s) first, in the order printed, then the credit token.</source>
        <translation>
            <numerusform>Enter the %n key change token first, then the credit token.</numerusform>
            <numerusform>Enter the %n key change tokens first, in the order printed, then the credit token.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale is too small for a token: it carries at least 0.1 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token carries %1 %2; the %3 %2 sold are rounded down to what a token can carry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsText</name>
    <message>
        <source>SGC %1 · TI %2 · KRN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGC %1 · KRN %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffEngine</name>
    <message>
        <source>The tariff cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its blocks or rates are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units bought in this cycle cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free units already granted cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of months of fixed charges due cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed charges due are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money meters are sold by amount, not by units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of units must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of units is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount the console accepts covers the fixed charges and debt recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units cost more than the largest amount the console accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is below the minimum purchase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is above the maximum purchase of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not cover the fixed charges and debt recovery; the smallest amount that leaves money for energy is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not cover the fixed charges and debt recovery, and no amount the console accepts does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves %2 for energy, which does not buy 0.001 units at %3 a unit; the smallest amount that buys any units is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is above the maximum purchase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter would hold %1 units, more than its maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most that can be sold now is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter would hold %1, more than its maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 more can be loaded: the most that can be paid now is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be loaded now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffService</name>
    <message>
        <source>Tariff version %1 in the database is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff has no price in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tariff code has 1 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tariff&apos;s name (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff code %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new price takes effect today or later; vends already made keep their prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff already has a version from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is %2; credit can only be sold to an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no tariff; choose one before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no meter installed (it was removed or never installed); credit needs a meter to go to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffVersion</name>
    <message>
        <source>Unknown field &quot;%1&quot; in the tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a decimal number written as a string, like &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; write it like &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has at most %n decimal place.</numerusform>
            <numerusform>%1 has at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; write it like &quot;08:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff needs the date it takes effect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tariff needs at least one block (a flat price is one open block from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tariff has at most %1 blocks; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first block must start at 0, not at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a gap between %1 and %2: block %3 ends at %1 but block %4 starts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks overlap at %1: block %2 starts at %1, before block %3 ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last block must be open (no upper limit); it ends at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last block may be open; block %1 has no upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 must end above where it starts: it goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 ends too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of block %1 must be more than 0 and at most %2 a unit; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs a start time in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs an end time in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-of-use period %1 starts and ends at the same time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of time-of-use period %1 must be more than 0 and at most %2 a unit; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-of-use periods %1 (%2-%3) and %4 (%5-%6) overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle must start on a day from 1 to 28 (every month has it); it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle&apos;s start month must be from 1 to 12; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be from 0 % to 100 %; it is %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debt recovery share must be from 0 % to 100 %; it is %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free units per cycle cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed charge per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum debt recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum debt recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum purchase (%1) is above the maximum purchase (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum debt recovery per purchase (%1) is above the maximum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum credit in units applies only to meters that are loaded with units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum credit must be more than 0; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum credit in money applies only to meters that are loaded with money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff needs the date it takes effect from (effective_from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective_from: &quot;%1&quot; is not a date; write it like &quot;2026-01-01&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter_kind must be &quot;unit&quot; or &quot;money&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis must be &quot;purchase&quot; or &quot;consumption&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle.kind must be &quot;monthly&quot; or &quot;annual&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>15-digit identity numbers were replaced in 2013; enter the 18-character number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity number has 18 characters: 17 digits and a final digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number&apos;s area code %1 is not a Chinese region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number&apos;s birth date %1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number&apos;s check character is wrong: for these 17 digits it is %1. Check the number for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number (11 digits) or a landline with its area code, like 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred language is zh_CN (Chinese) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendingService</name>
    <message>
        <source>Open a shift first: every sale and every refund belongs to a cashier&apos;s open shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such vend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s key must be 8 to 64 letters, digits or dashes (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each payment must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the cash payment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment needs its transaction reference (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale&apos;s key was already used for a different account or amount (vend %1). Start a new sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments add up to %1 but the sale is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console recorded a sale with this key at the same moment; look the sale up before selling again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 was made by the &quot;%2&quot; carrier, which this console does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 is %2, not pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending vend can be voided; vend %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit of vend %1 has reached the meter; finish the vend instead of voiding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal needs the approval of a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal must be approved by a supervisor other than the person reversing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the reversal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a delivered vend can be reversed; vend %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (debt of %1 waived by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vend %1 changed meanwhile; look it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be told whether the credit of vend %1 is in the meter: the meter does not answer. Connect it to the counter&apos;s line and try again; finish the vend if it has the credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtualCardFile</name>
    <message>
        <source>The card image is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the card image %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;memory&quot; is not %1 bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;protection&quot; is not 4 bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;psc&quot; is not 3 bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;errorCounter&quot; is not 0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;serial&quot; is not %1 bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area&quot; is not %1 bytes in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keys&quot; does not hold keys &quot;1&quot; and &quot;2&quot; of 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extTries&quot; is not 0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chip&quot; is neither &quot;sle4442&quot; nor &quot;cpu&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card serial is %1 bytes and a PSC 3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU card serial is %1 bytes and its keys 16 bytes each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card&apos;s application area is %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the card image %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>prepay-central is not built yet: the sync work will add the central server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepayctl</name>
    <message>
        <source>Measure customer search (search plus the first 50 result rows, as the Customers page shows them) for name fragments, pinyin initials, phone prefixes and meter serials, and the same key-range query on bare SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries per kind (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for choosing queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no customers; run prepayctl demo generate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PrepayDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active operator named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers as the Customers page does and print one per line: id, name, phone and account numbers, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cashier would type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one query (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild every customer&apos;s search keys from the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl customers search|reindex ... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl import customers FILE.csv --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, accounts and meters from a CSV file (UTF-8 or GB18030; see docs/csv-format.md). Every line is checked; by default nothing is stored if any line is wrong. Errors are printed as line&lt;TAB&gt;column&lt;TAB&gt;reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the good lines and skip the bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the change as this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read (%2), %3 customers, %4 accounts and %5 meters stored, %6 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl export customers FILE.csv --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every customer with accounts and meters to a CSV file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the export as this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl demo generate --customers N --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo customers, accounts, meters, tariffs and a year of monthly readings, and the demo operators admin/admin-demo and cashier/cashier-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly readings per meter (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers, --seed and --reading-months take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 demo customers in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the operators: user name, role, name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl operators add|list ... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator. The password is read from the first line of standard input, so that it never appears in the process list. The first operator of a new database must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown on screen and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier, supervisor, engineer, auditor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n error(s). Fix the lines above or use --skip-bad-lines.</source>
        <translation>
            <numerusform>Nothing was stored: %n error. Fix the lines above or use --skip-bad-lines.</numerusform>
            <numerusform>Nothing was stored: %n errors. Fix the lines above or use --skip-bad-lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: prepayctl sts &lt;command&gt; [options]

Key options (every command that makes or needs a decoder key):
  --dkga 02|04 --ea 07|11 --vending-key HEX|- --key-type N --sgc N --ti N --krn N --pan DIGITS
  [--base-date 1993|2014|2035]   (default 1993)
  --vending-key - reads the key from standard input, so that it stays out of the process list.

Commands:
  credit &lt;key options&gt; --issued YYYY-MM-DDTHH:MM:SS --random N --utility electricity|water|gas|time|currency
         --amount DECIMAL [--last-tid N]
      prints the 20-digit token alone on a line; amounts are in kWh or m3 (0.1 resolution,
      rounded down, with a note on standard error when rounding changes the amount)
  decoder-key &lt;key options&gt;
      prints the decoder key in hex
  decode --decoder-key HEX --ea 07|11 [--base-date 1993|2014|2035] TOKEN
      prints class, subclass, kind, random, tid, issued, amount (or the management value) and crc,
      one name=value per line; exit 1 when the CRC fails (wrong key, wrong algorithm or a typo)
  set-max-power &lt;key options&gt; --issued ... --random N --watts N [--last-tid N]
  clear-credit &lt;key options&gt; --issued ... --random N [--register N]   (default 65535: all registers)
  set-tariff-rate &lt;key options&gt; --issued ... --random N --rate N
  clear-tamper &lt;key options&gt; --issued ... --random N
  set-phase-unbalance &lt;key options&gt; --issued ... --random N --watts N
  set-water-factor &lt;key options&gt; --issued ... --random N --factor N
      management tokens: the token alone on a line
  key-change &lt;key options of the current key&gt; [--ken N] --new-vending-key HEX|- --new-key-type N
         --new-sgc N --new-ti N --new-krn N [--new-base-date Y] [--new-ken N] [--rollover]
      the key change tokens, one per line, in the order they must be entered
      (two for a 64-bit EA07 key, four for a 128-bit EA11 key)
  test --control N --manufacturer N [--long-manufacturer]
      a class 1 meter test or display token (no key)

Times are UTC. --random N is 0 to 15 (drawn at random when left out). --last-tid N is the last
token identifier this meter was given: the new token&apos;s identifier is always later.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder key generation algorithm: 02 or 04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption algorithm: 07 or 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vending key in hex, or - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type, 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply group code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number (PAN), 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base date: 1993, 2014 or 2035 (default 1993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key expiry number, 0 to 255 (default 255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue time, UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s random number, 0 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last token identifier this meter was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is hexadecimal digits, two per byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issued is a UTC time written YYYY-MM-DDTHH:MM:SS, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sts plugin is not available. Plugin folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the token carries %1 %3, not %2 %3: STS amounts above 1638.3 go in steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity, water, gas, time or currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: kWh, m3, ... (0.1 resolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit in watts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to clear (65535: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 16-bit rate the meter expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 16-bit factor the meter expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rollover flag (a new base date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--utility is electricity, water, gas, time or currency, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: STS carries tenths; %1 is sent as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoder key in hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base date for the token&apos;s date (default 1993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20-digit token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRC check failed: the decoder key or the encryption algorithm is not the meter&apos;s, or the token was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control field (36 or 28 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4-digit manufacturer code (28-bit control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --control N and --manufacturer N as whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sts command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure tariff quotes per second on one core (a three-block residential electricity tariff with tax and debt recovery) and, as a baseline in the same run, a flat-price conversion of the same amounts; prints both rates and their ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes to make (default 5000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quotes takes a whole number from 1 to 10000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flat-price check failed: the engine and Quantity::forMoney disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure complete vends per second and compare them with bare SQLite writing the same rows. Without --db, a temporary demo database is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many vends of each kind (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no electricity account with a meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bare SQLite statements could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare SQLite vend failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this operator (default: the system operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell credit to an account and print the vend: vend, state, amount, units, money_credit, credit and key, one name=value per line. Repeating a --key returns the same vend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment, e.g. 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell this many kWh or m3 instead of an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, card or qr (default cash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handed over (for change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or QR transaction reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s idempotency key (default: a new UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account with --account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method is cash, card or qr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: list pending vends (id, key, account, amount). finish ID: deliver a pending vend again. void ID: cancel a pending vend. reverse ID: undo a delivered vend with --approver (password on standard input) and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (void, reverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approving supervisor (reverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse without recording the customer&apos;s debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vend id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vend id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal needs --approver USER with the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl ledger verify --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every ledger transaction balances, debits equal credits overall, and every payment belongs to exactly one vend. Exits 1 when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted by denomination in fen: 10000=3,500=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approving a cash difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cash differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the shift id (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl shift open|close|report ... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count is a list like 10000=3,500=1 (denomination in fen = pieces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shift yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl tariff quote --account ID --amount 100.00 --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the block-by-block breakdown of a sale to the account now, without selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote for this many units instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open --float AMOUNT: open the operator&apos;s shift. close --count 10000=3,500=1 (fen=pieces) [--approver USER --note TEXT]: close it; a cash difference needs a supervisor (password on standard input). report [ID]: print the Z report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl bench search|tariff|vend|sts ... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure STS credit tokens per second on one core for DKGA02 + EA07 and DKGA04 + EA11, with the decoder key derived per token and cached, and in the same run bare OpenSSL DES-ECB and HMAC-SHA-256 and the MISTY1 and EA07 block ciphers; prints each rate and the ratios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per path in each of the 5 rounds (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens takes a whole number from 100 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 paths disagree: the plugin, the linked copy and the cached key do not give the same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES-ECB is not available: OpenSSL&apos;s legacy provider could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES-ECB could not be set up in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA-256 could not be set up in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES-ECB failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA-256 failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl meter &lt;command&gt; --port PORT --protocol dlt645|cjt188|modbus [--address N] [options]

Commands:
  read [--item NAME]...       read and decode; without --item a standard set (below). Without
                              --address (DL/T 645, CJ/T 188) the one meter on the line is asked
                              for its address first.
  items                       the names --item takes, with labels (needs only --protocol, --variant)
  relay ACTION                DL/T 645: trip, close-allowed, close, alarm-on, alarm-off, protect-on,
                              protect-off; Modbus: trip, close. Then reads the relay state back.
  valve open|close            CJ/T 188: move the valve; prints the status the meter returns
  time [now | --set TIME]     DL/T 645: broadcast time sync (no meter answers it; with --address
                              the clock is read back); CJ/T 188: set the meter&apos;s time, read back.
                              TIME is local time, YYYY-MM-DDTHH:MM:SS; default now.
  recharge --amount DECIMAL [--count N]
                              load credit, then read the meter back and print before and after

Line options:
  --port PORT         a serial device (/dev/ttyUSB0, COM3) or tcp://HOST:PORT (serial-device server)
  --protocol P        dlt645, cjt188 or modbus
  --address N         DL/T 645: 12 digits, CJ/T 188: 14 digits (shorter: padded with leading zeros);
                      Modbus: the unit address 1-247 (default: the register map&apos;s). Required by
                      every command but read.
  --variant V         DL/T 645: 2007 (default) or 1997; CJ/T 188: 2004 (default) or 2018;
                      Modbus: a register map id (default generic-prepaid)
  --meter-type T      CJ/T 188 meter type: water (10H), hot-water (11H), heat (20H), gas (30H), any
                      (AAH, the wildcard type; the default) or two hex digits
  --baud N            line speed; --line &quot;2400 8E1&quot; speed and character format. Defaults:
                      DL/T 645 and CJ/T 188 2400 8E1, Modbus the map&apos;s (generic-prepaid 9600 8N1)
  --timeout MS        wait for each reply up to MS milliseconds (default 1500; Modbus 1000)
  --tries N           send each request up to N times in all (default 3)
  --log FILE          write the frame log (every byte with direction and time, and what the link
                      made of it) to FILE, also when the command fails

Relay (DL/T 645):
  --password HEX      PA P0 P1 P2 as sent, 8 hex digits (default 02000000: level 02, password 000000)
  --operator-code HEX C0..C3, 8 hex digits (default 00000000); also sent with DL/T 645 purchases
  --valid-minutes N   the command expires N minutes after this computer&apos;s clock (default 10)

Recharge:
  --amount DECIMAL    money in yuan, at most two decimals
  --count N           DL/T 645: the purchase count after this purchase; CJ/T 188: the purchase
                      sequence (taken modulo 100). Default: the meter&apos;s own, read first, plus one.
                      A meter refuses a count it has already taken, so one purchase is never
                      loaded twice: reuse the same --count when retrying after a failure.
  --software-security-module
                      DL/T 645 only, required there: seal the purchase with the SOFTWARE test
                      security module. It is for prepay-metersim and test meters only; real meters
                      need the vendor&apos;s security module (ESAM) and refuse it.
  --key TEXT          the software module&apos;s key (default: prepay-metersim&apos;s test key)
  Modbus: the amount is written to the map&apos;s credit register; --count does not apply.

Standard read set:
  DL/T 645-2007: energy totals, remaining and overdraft money and energy, purchase count,
  cumulative purchase, voltage, current and power, the clock, status words 1 and 3 (items the meter
  does not have are noted on standard error and skipped); DL/T 645-1997: energy, voltage, current,
  power. CJ/T 188: meter_data and purchase_data. Modbus: every readable value of the map.

Output (standard output), for scripts:
  One value per line, NAME=VALUE, the first line being address=ADDRESS. VALUE is exactly what the
  meter sent, decoded: decimal numbers with a point, dates and times ISO 8601, states as words
  (open, closed, on, off, low, normal). A value with a unit is followed by the line NAME.unit=UNIT
  (kWh, yuan, V, A, kW, m³). DL/T 645 reads add relay (open|closed) and relay.command (trip|close)
  and alarm (on|off) from status word 3, battery (low|normal) from status word 1, and clock
  (date and time together) from clock.date and clock.time. A recharge prints amount, count,
  balance.before, balance.after, balance.unit, count.before, count.after.
  Errors, notes and the meter&apos;s refusals go to standard error.

Exit status:
  0 done
  1 failed otherwise (a protocol plugin is missing, the log could not be written)
  2 wrong usage: a missing or bad option (the message says which)
  3 link failed: the port would not open or went away, or no good reply in time (timeout)
  4 the meter refused: its error reply, decoded, is printed
  5 recharge not confirmed: the meter acknowledged, but reading it back does not show the credit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial device, or tcp://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt645, cjt188 or modbus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s address (Modbus: unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol edition, or the Modbus register map id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ/T 188 meter type: water, hot-water, heat, gas, any, or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed and character format, e.g. &quot;2400 8E1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply timeout per try, milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends per request in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the frame log to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: an item to read (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 relay password PA P0 P1 P2, 8 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 operator code C0..C3, 8 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 relay: the command expires after N minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: the time to set, YYYY-MM-DDTHH:MM:SS (local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recharge: the amount, yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recharge: purchase count (DL/T 645) or sequence (CJ/T 188) of this purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 recharge: use the software security module (prepay-metersim and test meters only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software security module&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is 8 hex digits (4 bytes as sent), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --protocol: dlt645, cjt188 or modbus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plugin is not available. Plugin folders: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol is dlt645, cjt188 or modbus, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variant for %1 is one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meter-type is water, hot-water, heat, gas, any or two hex digits, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --port: a serial device or tcp://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --address: %1 changes a meter, so prepayctl does not guess which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the meter has no %1; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s reply to “read address” has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ/T 188 meters have a valve, not a relay: use prepayctl meter valve open|close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the relay is to do: prepayctl meter relay trip|close-allowed|close|alarm-on|alarm-off|protect-on|protect-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CJ/T 188 (water, gas, heat) meters have a valve; for a relay use prepayctl meter relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the valve is to do: prepayctl meter valve open|close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use prepayctl meter time now, or time --set YYYY-MM-DDTHH:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either now or --set, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set is a local date and time, YYYY-MM-DDTHH:MM:SS, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Modbus register maps have no clock to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter did not give its balance (%1): it may not be a money prepaid meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --amount: the money to load, in yuan (e.g. 50 or 12.34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count does not apply to Modbus: the credit write carries no purchase count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no money credit register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 meters take a purchase only when it is sealed by a security module. prepayctl has only the SOFTWARE test module, which prepay-metersim and test meters accept and real meters refuse: add --software-security-module to use it. Real meters need the vendor&apos;s module (ESAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter did not give its purchase count; give --count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter did not confirm the purchase. Read it back before trying again, and retry with the same --count %1: the meter takes it only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter acknowledged the purchase, but reading it back failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter acknowledged the purchase, but reading it back does not show the credit of %1: do not sell it again; check the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meter command: %1. See prepayctl meter --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepayctl meter %1 (prepayctl meter --help has the details: output format, exit status, every option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay, valve, time: what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl card &lt;command&gt; --db FILE [--reader NAME] [--unlock-vault] [options]

Commands:
  readers                   the card readers PC/SC knows, one a line
  read                      the card in the reader, name=value lines; what its meter wrote
                            back (readings, alarms) is recorded
  issue --meter SERIAL --yes
                            issue the blank card in the reader for a meter
  topup --account ID (--amount AMOUNT | --units UNITS) [--key UUID]
                            sell credit onto the customer&apos;s card (as `vend sell`)
  reissue --meter SERIAL --approver USER --reason TEXT --yes
                            blacklist the meter&apos;s lost or damaged card and issue the blank
                            card in the reader in its place (the supervisor&apos;s password on
                            the line after the vault&apos;s passphrase)

Every command but readers needs the key vault unlocked (--unlock-vault, the passphrase on the
first line of standard input). Exit status: 0 done, 1 failed, 2 usage, 3 no PC/SC service,
reader or card, 4 the card cannot be used (the problem= line says why).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown card command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approving supervisor (reissue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the card is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm writing a new card (it cannot be made blank again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the meter with --meter SERIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement card needs --approver USER with the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the key vault for STS meters and IC cards (the passphrase on the first line of standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader for IC-card meters (default: PREPAYDESK_CARD_READER, else the first reader with a card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prepayctl &lt;command&gt; [options]

Commands:
  customers search QUERY --db FILE [--limit N]   find customers (id, name, phone, accounts)
  customers reindex --db FILE                    rebuild the search keys
  import customers FILE.csv --db FILE [--skip-bad-lines] [--operator USER]
  export customers FILE.csv --db FILE [--operator USER]
  demo generate --customers N --db FILE [--seed S] [--reading-months M]
  operators add --username U --name NAME --role ROLE --db FILE   (password on stdin)
  operators list --db FILE
  tariff quote --account ID --amount 100.00 --db FILE   the block-by-block breakdown
  shift open --float 500.00 | close --count 10000=3,... | report [ID]   (--db, --operator)
  vend --account ID --amount 100.00 --method cash [--key UUID] --db FILE
  vend pending | finish ID | void ID | reverse ID --approver USER --reason TEXT
  ledger verify --db FILE                        every transaction balances; exit 1 if not
  bench search --db FILE [--queries N]           search latency against bare SQLite
  bench tariff [--quotes N]                      tariff quotes per second
  bench vend --db FILE [--vends N]               vends per second against bare SQLite
  bench sts [--tokens N]                         STS tokens per second against OpenSSL
  sts credit|decoder-key|decode|... (see prepayctl sts --help)   STS tokens (IEC 62055-41)
  meter read|items|relay|valve|time|recharge --port PORT --protocol dlt645|cjt188|modbus
                                                 meters on a serial line (meter --help)
  card readers|read|issue|topup|reissue          IC cards in a PC/SC reader (card --help)

Every command takes --help. Exit status: 0 done, 1 failed, 2 wrong usage; meter also
3 no link or no reply, 4 the meter refused, 5 recharge not confirmed; card 3 no reader or card,
4 the card cannot be used.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::AccountVendsPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sales on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected sale&apos;s receipt again, with the same credit (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected delivered sale with a supervisor&apos;s approval (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reprint(s)</source>
        <translation>
            <numerusform>%1, %n reprint</numerusform>
            <numerusform>%1, %n reprints</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 of %2 to %3 is undone and the payment goes back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1 was already given to the customer and cannot be taken back. Unless the debt is waived, its value (%2) becomes the account&apos;s debt and is recovered from the next purchases. Waiving writes it off for good, in the approver&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was reversed with %2&apos;s approval: give %3 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 now owes %2, recovered from its next purchases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ApprovalDialog</name>
    <message>
        <source>A supervisor other than %1 logs in here to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as the supervisor and approve (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without approving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot approve this; a supervisor must log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::CardsPanel</name>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer: setup card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer: check card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer: clear card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer: tool card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ad card (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place lost card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineer card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check security &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has one security-code try left: a supervisor approves checking it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out of the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reader with a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLE4442 memory card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this console&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (account %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not loaded yet: the customer puts the card in the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — loaded by the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the valve / close the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the valve / open the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm at %1, overdraft %2, most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter wrote back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: purchase %2 loaded, %3 left, %4 used in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valve closed / relay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tamper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet: the card has not been in the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSC tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has one security-code try left: it is not written until a supervisor approves checking the code (Check security code…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is locked: its security code has no tries left. Replace the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank card: issue it for a meter, as a replacement, or as an engineer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A card given its serial and security code cannot be made blank again. Write it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 issued for meter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter serial the card is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the card in the reader for meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the replacement card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 replaces the meter&apos;s old card, which is now blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a lost or damaged card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter serial of the lost or damaged card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist the card in use of meter %1 and issue the card in the reader in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a replacement card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old card of meter %1 will be refused by the meter and at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the engineer&apos;s card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written on card %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an engineer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: any meter of the utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the alarm and overdraft as amounts, e.g. 10.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an engineer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it changes any meter it is put into%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only meter %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the card&apos;s security code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The security code is right: the card has %n try(s) again.</source>
        <translation>
            <numerusform>The security code is right: the card has %n try again.</numerusform>
            <numerusform>The security code is right: the card has %n tries again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve checking the security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has a single security-code try left. If the code were wrong the card would lock for good; PrepayDesk presents the code it derives for this card once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (kWh or m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter &amp;keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alarm at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdraft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the alarm and overdraft in kWh or m³, e.g. 10.000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerDetailPanel</name>
    <message>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS keys / card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last four characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile 13800138000 or landline 010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City / District / Community / Building</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerSearchModel</name>
    <message>
        <source>%1 (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomersPage</name>
    <message>
        <source>Name, pinyin (zs), phone, account, meter, card or customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search. ↓ moves into the results, Esc comes back, Enter edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches are shown; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected customer (Ctrl+E or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an electricity, water or gas account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, accounts and meters from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every customer to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available to the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::EngineerPage</name>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards &amp; meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial of an STS meter, or part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F; Enter chooses the first meter found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS state of the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Management token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Decode a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look meters up here. Management tokens, key changes and decoding tokens are for engineers, supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS driver plugin is not loaded, so no token can be made or decoded here. Settings lists the driver plugins and why one did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is locked: management tokens and decoding need it unlocked. An administrator unlocks it in Settings, Key vault. Key changes can be scheduled meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STS keypad meter matches the serial typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meter in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: none recorded; the meter&apos;s SGC, TI and KRN are needed for tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token identifiers count from base date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last token: identifier %1, made for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last token: none made at this console yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change waiting: to %1. The meter&apos;s next sale begins with the key change tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key change waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS &amp;keypad meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS keypad meters: management tokens, key changes and tokens a customer reads out. Serial meters: read, control and load credit over the serial line. IC cards: read the card in the reader, issue, replace and write engineers&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IC cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ExportDialog</name>
    <message>
        <source>Writing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing customers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export is complete: %n row(s) written.</source>
        <translation>
            <numerusform>The export is complete: %n row written.</numerusform>
            <numerusform>The export is complete: %n rows written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::FirstAdminDialog</name>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::FrameLog</name>
    <message numerus="yes">
        <source>(%n earlier entries were dropped to keep the log small)</source>
        <translation>
            <numerusform>(%n earlier entry was dropped to keep the log small)</numerusform>
            <numerusform>(%n earlier entries were dropped to keep the log small)</numerusform>
        </translation>
    </message>
    <message>
        <source>The frame log cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ImportDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and storing lines: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — nothing will be stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as GB18030 (saved by Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file and import it again, or choose &quot;Skip bad lines&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported.</source>
        <translation>
            <numerusform>%n line imported.</numerusform>
            <numerusform>%n lines imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 customers, %2 accounts, %3 meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors skipped and listed below.</source>
        <translation>
            <numerusform>%n line with errors skipped and listed below.</numerusform>
            <numerusform>%n lines with errors skipped and listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n error(s) in the file.</source>
        <translation>
            <numerusform>Nothing was stored: %n error in the file.</numerusform>
            <numerusform>Nothing was stored: %n errors in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyChangePanel</name>
    <message>
        <source>&amp;Schedule key change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;off the waiting change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key change moves the meter to another supply group code, tariff index or key revision (a new key, a tariff change, key expiry, the move off base date 1993). Once it is scheduled, the meter&apos;s next sale begins with the key change tokens — two for a 64-bit key, four for a 128-bit one — and the receipt tells the customer to enter them first, in order. Credit from then on is made with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tariff index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no key vault, so there is no key to change to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault has no vending keys yet: an administrator adds them in Settings, Key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are those in the key vault; an administrator adds a new one in Settings, Key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the meter&apos;s next sale begins with its key change tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key change waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators change meter keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor other than you approves the key change, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 moves from %2 to %3. Its next sale begins with the key change tokens; the reason is kept in the meter&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change to %1 scheduled for meter %2. The meter&apos;s next sale begins with the key change tokens, and the receipt tells the customer to enter them first, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change scheduled for meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve calling off a key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 keeps %2; the key change to %3 is called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change of meter %1 was called off; it keeps its present key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change called off for meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyDialog</name>
    <message>
        <source>E&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vending key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is sealed in the vault as soon as it is added. It is never shown again, not even here: check it before adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supply group code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 — initialisation key (DITK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — default key (DDTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — unique key (DUTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — common key (DCTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKGA02 (DES) with EA07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKGA04 (HMAC) with EA11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vending &amp;key (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the key comes from, what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without adding a key (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 hex digits (8 bytes); spaces between groups are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the supply group code (six digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;gorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hex digits (20 bytes); spaces between groups are fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyVaultPanel</name>
    <message>
        <source>0 — initialisation (DITK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — default (DDTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — unique (DUTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — common (DCTK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vending keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage the key vault and its vending keys; you can see its state here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase that seals the vending keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase so that STS tokens can be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now: no STS token can be made until it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal every key again under a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vending key (the vault must be unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no key vault, so it cannot make STS tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is not set up yet: an administrator chooses its passphrase and adds the vending keys. Until then no STS token can be sold or made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is locked: no STS token can be sold or made until an administrator unlocks it with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is unlocked: this console can sell and make STS tokens. It locks again when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vending key (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault first: a key is sealed as it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is set up and unlocked. Add the vending keys next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is unlocked: STS tokens can be sold and made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault is locked: no STS token can be sold or made until it is unlocked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed: every vending key is sealed under the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vending key was added and sealed; it is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vending key added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 was created. Log in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database. Administrator: %1 / %2
Cashier: %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database file in the background; saving is possible once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::MainWindow</name>
    <message>
        <source>PrepayDesk — demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards &amp; meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is being checked; saving is possible when this has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check has finished: the file is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged: nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption and sales charts per customer and per region are coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-balance, leak, tamper and gas alarms from the meters are coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this outlet and syncing with the central server — outbox, backlog, connection state — is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift on the Shift page (Ctrl+6) before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 open since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash float %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ManagementTokenPanel</name>
    <message>
        <source>The meter disconnects the load above this power. Up to 16383 W the token carries the exact value; above it, steps of 10 W or more, rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the credit held in the meter to zero. 65535 clears every credit register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the rate the meter uses internally, as its maker defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the meter&apos;s tamper condition so that it supplies again. The token carries no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter disconnects when the power of its phases differs by more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the water meter&apos;s factor, as its maker defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor other than you approves the token, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval and a reason; both are kept in the meter&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators make management tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an STS meter with known keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a management token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for meter %2. The token changes the meter once it is entered; the reason is kept in the meter&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — meter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — meter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token identifier %1, made %2, approved by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token cannot carry %1 exactly: it carries %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it out or write it down for whoever is at the meter; the meter takes it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management token made for meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::MeterLink</name>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line to the meter is not open: choose a port first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::MeterWorkbench</name>
    <message>
        <source>Trip the relay (cut the supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow closing (the customer presses the meter&apos;s button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the relay now (restore the supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound the meter&apos;s alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the meter&apos;s alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the supply on whatever the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End keeping the supply on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the meter&apos;s &amp;clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial port (/dev/ttyUSB0, COM3) or a serial-device server as tcp://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for serial ports again (after plugging in an adapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate and byte format, e.g. 2400 8E1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the meter; Discover finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the one meter on the line for its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values read from the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every value the protocol knows (Enter in the address field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: 00000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s control password: level and password, 8 hex digits (PA P0 P1 P2); blank sends zeros, which simulated meters take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen the valve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se the valve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell credit for this meter on the Top-up page; it is loaded over this line and read back before the sale counts as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645 (electricity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ/T 188 (water, gas, heat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the frame log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated meter %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver plugin for this protocol is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter on the line has address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the meter&apos;s address, or Discover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n value(s) from meter %1.</source>
        <translation>
            <numerusform>Read %n value from meter %1.</numerusform>
            <numerusform>Read %n values from meter %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relay of meter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at meter %2? The meter acts on it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter password has 8 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 confirmed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valve of meter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the valve of meter %1? Water or gas flows again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the valve of meter %1? The customer&apos;s supply stops at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock of every meter on this line to %1? (DL/T 645 sets clocks by a broadcast, which meters do not answer.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock of meter %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1 sent to every meter on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 confirmed its clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame log saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 meter with address %2 is registered: register it and install it on the customer&apos;s account first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::OpenAccountDialog</name>
    <message>
        <source>New account for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an account for every utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tariff yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned when saved, or the number the company already uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::PassphraseDialog</name>
    <message>
        <source>Set up the key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose the passphrase that seals the vending keys. It is never stored: without it the keys cannot be used, so keep it where the administrators can find it. It has at least %n characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>
            <numerusform>Choose the passphrase that seals the vending keys. It is never stored: without it the keys cannot be used, so keep it where the administrators can find it. It has at least %n character; a few unrelated words are easy to type and hard to guess.</numerusform>
            <numerusform>Choose the passphrase that seals the vending keys. It is never stored: without it the keys cannot be used, so keep it where the administrators can find it. It has at least %n characters; a few unrelated words are easy to type and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key vault&apos;s passphrase. While the vault is unlocked, this console can make STS tokens; it locks again when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every vending key is sealed again under the new passphrase, all at once. The new one has at least %n characters.</source>
        <translation>
            <numerusform>Every vending key is sealed again under the new passphrase, all at once. The new one has at least %n character.</numerusform>
            <numerusform>Every vending key is sealed again under the new passphrase, all at once. The new one has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without changing anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the present passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has at least %n characters.</source>
        <translation>
            <numerusform>The passphrase has at least %n character.</numerusform>
            <numerusform>The passphrase has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::PendingVendsDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales whose delivery was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each was paid for and its credit is stored. Finish a sale to deliver the same credit again and reprint its receipt; void it, with the reason, if the customer did not get the credit and takes the money back. Nothing is sold twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer left without the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the same credit again and print its receipt (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale and give the money back (Alt+V); the reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later (Esc); the Top-up page reminds you while any remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sale is finished or voided; nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) must be finished or voided.</source>
        <translation>
            <numerusform>%n sale must be finished or voided.</numerusform>
            <numerusform>%n sales must be finished or voided.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery of sale %1 could still not be confirmed; it stays pending. Try again, or void it if the customer did not get the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was finished: credit code %2. Its receipt is reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was voided: give %2 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the meter and finishing the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the meter and voiding the sale…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::QuoteView</name>
    <message>
        <source>Customer pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax included in the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money credited to the meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReaderMonitor</name>
    <message>
        <source>Card readers are not watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running: card readers cannot be used. Trying again every second; start the service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReceiptPreviewDialog</name>
    <message>
        <source>Receipt %1 (reprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the customer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer prefers %1: choose it under Language to print the receipt in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReportDialog</name>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::SaleConfirmDialog</name>
    <message>
        <source>Confirm the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell this credit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with the customer: once sold, the credit cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sale and deliver the credit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the sale and change it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::SerialTransport</name>
    <message>
        <source>There is no serial port %1. Check that the adapter is plugged in and choose the port again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 is in use by another program, or this user may not open it (on Linux, the user must be in the &quot;dialout&quot; group). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 does not accept %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speed %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pseudo-terminal: its byte format stays 8N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stop bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware flow control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning flow control off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 stopped working while %2. Was the adapter unplugged or the cable pulled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 failed while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 did not take the request within %2 ms (is a hardware handshake line holding it back?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::SettingsPage</name>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add price version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change tariffs. You can see every price here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet, receipt printer, serial ports, card reader and operator settings are coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new price version to the selected tariff (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tariffs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tariff has no price yet; an administrator adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meters loaded with units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meters loaded with money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks count the %1 %2 in a monthly cycle starting on day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks count the %1 %2 in an annual cycle starting on %3-%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: %2 to %3 %4 at %5 yuan a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: from %2 %3 at %4 yuan a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax included in the prices: %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed charge: %1 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free units: %1 a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt recovery: %1 % of each purchase, at least %2, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter holds at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new price version of %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1: new price version saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices by utility; a new price version takes effect on its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ShiftCloseDialog</name>
    <message>
        <source>Close shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many pieces of each note and coin are in the drawer; Enter moves down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the cash differs (required when it does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the shift open (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close with a supervisor&apos;s approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash differs: a supervisor must approve (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift and show its Z report (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash differs from the expected: say why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the cash difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 of %2: the drawer holds %3 where %4 is expected (%5). A supervisor approves closing the shift with this difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. Count the cash float into the drawer, type it and press Enter to open your shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash put in the drawer to give change; Enter opens the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shift with this float (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer and close the shift (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report so &amp;far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s report as it stands, to print or save (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report of the selected shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected shift&apos;s Z report or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n sale, %1</numerusform>
            <numerusform>%n sales, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are unfinished: their delivery was not confirmed. Finish or void them before closing.</source>
        <translation>
            <numerusform>%n sale of this shift is unfinished: its delivery was not confirmed. Finish or void it before closing.</numerusform>
            <numerusform>%n sales of this shift are unfinished: their delivery was not confirmed. Finish or void them before closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report, shift %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::TariffEditorDialog</name>
    <message>
        <source>New price version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price version of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version takes effect on its date; sales already made keep their prices. Prices include tax, in yuan per %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit meters (credit in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money meters (credit in yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units purchased in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units consumed in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks &amp;counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts in month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks (cumulative %1 in the cycle; the last block has no upper limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block above the open one (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected block (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed charge a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free u&amp;nits a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debt recovery %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest p&amp;urchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: a sample sale at these prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bou&amp;ght this cycle before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt o&amp;wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this version to the tariff (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a percentage like 13 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 starts at: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 ends at: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the price of block %1 in yuan a unit, like 0.4883.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x credit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x credit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last block is open: no upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tariff to see a sample sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the problems shown before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::TcpTransport</name>
    <message>
        <source>Nothing accepts connections at %1 port %2 (connection refused). Check the device server&apos;s address and port, and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device server %1 cannot be found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device server %1 port %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device server at %1 port %2 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the device server at %1 port %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device server at %1 port %2 took no data for %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::TokenDecodePanel</name>
    <message>
        <source>&amp;Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 20 digits the customer reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says whether the chosen meter takes the token and, if not, why: the wrong key or a digit typed wrong, a key change needed first, already used, too old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators decode tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an STS meter with known keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode with the chosen meter&apos;s keys (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token decoded for meter %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::TopUpPage</name>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Shift page (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or void the unfinished sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin (zs), phone, account, meter or card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter takes the first match; ↓ moves into the list (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ choose, Enter takes the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer says how much to pay (Ctrl+U switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By u&amp;nits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer says how many units to buy (Ctrl+U switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount; Enter sells (after a confirmation), Esc goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part cash, the rest by bank card or QR payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cas&amp;h part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash the customer hands over; leave empty when it is exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction reference on the card or QR slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and sell (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling credit is not part of the role %1; quotes can still be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open: open one with the cash float before selling. Quotes can still be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) were not finished: their delivery was never confirmed. Finish or void them.</source>
        <translation>
            <numerusform>%n sale was not finished: its delivery was never confirmed. Finish or void it.</numerusform>
            <numerusform>%n sales were not finished: their delivery was never confirmed. Finish or void them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter takes the first match; ↓ moves into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer, choose the account and type the amount: the price is worked out as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found; Enter takes the first.</source>
        <translation>
            <numerusform>%n customer found; Enter takes the first.</numerusform>
            <numerusform>%n customers found; Enter takes the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assistance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · meter %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no account yet: open one on the Customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s): ↑/↓ choose, Enter takes it.</source>
        <translation>
            <numerusform>%n account: ↑/↓ choose, Enter takes it.</numerusform>
            <numerusform>%n accounts: ↑/↓ choose, Enter takes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>By u&amp;nits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes %1, part of which each purchase recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the units the customer wants: the price is worked out as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount the customer pays: the units are worked out as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote · %1, prices from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact amount, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling is not part of your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount the tariff accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter asks for confirmation before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the transaction reference printed on the card or QR payment slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash part must be more than zero and less than the sale (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of credit in the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tendered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1: %2 to %3, credit code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1: delivery not confirmed; finish or void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sale and delivering the credit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::VendResultPanel</name>
    <message>
        <source>Credit code: read it out or hand over the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the same credit again and mark the sale delivered (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the credit did not reach the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sale and give the money back (Alt+V); say why first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next sale (Enter or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is done: the credit was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery was NOT confirmed. Sale %1 is recorded and its credit is kept, but nobody knows whether it reached the meter. Finish it to deliver the same credit again, or void it and give the money back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit could not be delivered. Sale %1 was cancelled: give %2 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was voided: give %2 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code (not confirmed as delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code (cancelled: do not use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · account %2 · meter %3 · paid by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void reaso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: the credit is on the customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: the credit is in the meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::metersim</name>
    <message>
        <source>A meter is UTILITY:ADDRESS[:key=value,...], e.g. electricity:000000000001:balance=50,price=0.5283 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown utility &quot;%1&quot;: electricity, water or gas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator speaks dlt645 and cjt188, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode is money or units, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price is yuan per unit with up to 4 decimals: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate is units per hour with up to 3 decimals: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leak is units per hour with up to 3 decimals: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night is a percentage 0..100: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meter setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount with up to %3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 address is up to %2 decimal digits: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilitycode is the 6-digit utility code: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::metersim::Simulation</name>
    <message>
        <source>Two meters are called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two %1 meters have the address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state file: start with --state FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the state file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is called or numbered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed takes a factor from 0 (stopped) to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advance takes a duration such as 90s, 15m, 2h or 3d (at most 3650d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to %2 meters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise takes a probability from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow takes a delay in milliseconds (0 to 600000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one meter&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply METER on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance METER AMOUNT (up to %1 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card METER FILE: one meter&apos;s name or address and a card image file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::modbus::ModbusRtuClient</name>
    <message>
        <source>Serial port %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter %1 on %2 did not answer within %3 ms (%4 tries). Check the cable, the meter&apos;s Modbus address and its line settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to meter %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no credit register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recharge must be for more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map %1 has no relay control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus meter&apos;s relay can only be tripped or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter accepted the trip command but reports its relay as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter accepted the close command but reports its relay as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::sts</name>
    <message>
        <source>The encryption algorithm is 07 (Standard Transfer Algorithm) or 11 (MISTY1), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number (PAN) has 18 digits; “%1” does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number %1 is mistyped: its check digit should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be hexadecimal digits, two per byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoder key generation algorithm is 02 or 04, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKGA02 makes 64-bit keys, which only EA07 uses; EA11 needs DKGA04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKGA02 vending key is 8 bytes (16 hex digits), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKGA04 vending key is 20 bytes (40 hex digits), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type is 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply group code has at most six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff index is 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key expiry number is 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base date is 1993, 2014 or 2035.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES takes an 8-byte key and an 8-byte block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES is not available: OpenSSL&apos;s legacy provider could not be loaded (is OPENSSL_MODULES pointing at the ossl-modules folder?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DES encryption failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA-256 failed in OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue time is missing or not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue time %1 is before the base date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue time is beyond the token identifier range of base date %1 (which ends %2): the meter needs key change tokens to a later base date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token has only digits; “%1” has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token has 20 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any token (2^66 - 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EA07 decoder key is 8 bytes (16 hex digits), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EA11 decoder key is 16 bytes (32 hex digits), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random number is 0 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepaydesk::sts::StsTokenGenerator</name>
    <message>
        <source>A credit token carries a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than one token can carry (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W is more than a token can carry (at most %2 W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is 0 to 65535 (16 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear tamper token carries no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change token %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test token with a 2-digit manufacturer code has a 36-bit control field and a manufacturer code of 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test token with a 4-digit manufacturer code has a 28-bit control field and a manufacturer code of 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base date is 1993, 2014 or 2035.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (reserved subclass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter test or display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maximum power limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tariff rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tamper condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maximum phase power unbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set water meter factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management (reserved subclass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved token class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
