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
    <name>main</name>
    <message>
        <source>prepay-central is not built yet: the sync work will add the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepay-metersim is not built yet: the serial meter work will add the simulator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepayctl</name>
    <message>
        <source>Usage: prepayctl bench search --db FILE [--queries N]</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Usage: prepayctl &lt;command&gt; [options]

Commands:
  customers search QUERY --db FILE [--limit N]   find customers (id, name, phone, accounts)
  customers reindex --db FILE                    rebuild the search keys
  import customers FILE.csv --db FILE [--skip-bad-lines] [--operator USER]
  export customers FILE.csv --db FILE [--operator USER]
  demo generate --customers N --db FILE [--seed S] [--reading-months M]
  operators add --username U --name NAME --role ROLE --db FILE   (password on stdin)
  operators list --db FILE
  bench search --db FILE [--queries N]           search latency against bare SQLite

Every command takes --help. Exit status: 0 done, 1 failed, 2 wrong usage.
</source>
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
        <source>Selling credit — tariff quote, payment, STS token, IC card or meter delivery, receipt — is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and writing IC cards and programming meters over the serial line — relays, valves, tamper, key changes — is coming in a later version.</source>
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
        <source>Opening and closing a shift — cash float, takings, hand-over report — is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this outlet and syncing with the central server — outbox, backlog, connection state — is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet, receipt printer, serial ports, card reader and operator settings are coming in a later version.</source>
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
    <name>prepaydesk::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
