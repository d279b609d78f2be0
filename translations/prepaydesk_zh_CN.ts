<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>view records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>change customer records</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>change meters</source>
        <translation>修改表计</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>The role %1 may not %2; ask a supervisor or administrator.</source>
        <translation>%1角色无权%2，请联系值班主管或管理员。</translation>
    </message>
    <message>
        <source>change tariffs</source>
        <translation>修改价格方案</translation>
    </message>
    <message>
        <source>sell credit</source>
        <translation>办理充值</translation>
    </message>
    <message>
        <source>approve reversals and cash differences</source>
        <translation>授权冲正和现金差额</translation>
    </message>
</context>
<context>
    <name>CardKeys</name>
    <message>
        <source>OpenSSL could not compute HMAC-SHA-256.</source>
        <translation>OpenSSL 无法计算 HMAC-SHA-256。</translation>
    </message>
    <message>
        <source>The card key must be %1 bytes (%2 hexadecimal digits); this one is %3 bytes.</source>
        <translation>卡密钥必须为 %1 字节（%2 位十六进制数字）；此密钥为 %3 字节。</translation>
    </message>
    <message>
        <source>A card serial is %1 bytes; this one is %2.</source>
        <translation>卡号应为 %1 字节；此卡号为 %2 字节。</translation>
    </message>
    <message>
        <source>A card key is %1 hexadecimal digits.</source>
        <translation>卡密钥为 %1 位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>CardReaders</name>
    <message>
        <source>No card reader is connected.</source>
        <translation>未连接读卡器。</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>读卡器中没有卡。</translation>
    </message>
    <message>
        <source>There is no card in %1.</source>
        <translation>%1 中没有卡。</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>There is no card key in the key vault: an administrator adds the utility&apos;s card key under Settings, Key vault.</source>
        <translation>密钥库中没有卡密钥：须由管理员在“设置 &gt; 密钥库”中添加本单位的卡密钥。</translation>
    </message>
    <message>
        <source>The card in the reader is not a kind PrepayDesk can use (its answer to reset is %1). Check the card is the right way up, or use an SLE4442 or PrepayDesk CPU card.</source>
        <translation>读卡器中的卡不是 PrepayDesk 可用的卡型（其复位应答为 %1）。请检查卡是否插反，或改用 SLE4442逻辑加密卡或 PrepayDesk CPU卡。</translation>
    </message>
    <message>
        <source>This card belongs to utility %1, not to this utility (%2).</source>
        <translation>此卡属于单位 %1，而非本单位（%2）。</translation>
    </message>
    <message>
        <source>This card shows purchase %1, but purchase %2 was written onto it: it is an old copy of the card. Keep it and call a supervisor.</source>
        <translation>此卡显示第 %1 次购买，但此前已写入第 %2 次购买：这是该卡的旧副本。请扣留此卡并联系值班主管。</translation>
    </message>
    <message>
        <source>This card shows purchase %1, but the records end at purchase %2. Keep the card and call a supervisor.</source>
        <translation>此卡显示第 %1 次购买，但记录中最后一次为第 %2 次购买。请扣留此卡并联系值班主管。</translation>
    </message>
    <message>
        <source>This card is blacklisted (%1). It cannot be used; the meter has a replacement card.</source>
        <translation>此卡已挂失（%1），不能使用；该表计已补卡。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>The card did not keep what was written (the read-back differs). Put it back in the reader and try again.</source>
        <translation>卡未能保存写入的数据（回读结果不一致）。请将卡重新插入读卡器后重试。</translation>
    </message>
    <message>
        <source>Writing a new card cannot be undone: confirm it first.</source>
        <translation>写新卡后无法撤销：请先确认。</translation>
    </message>
    <message>
        <source>No random source for the card serial.</source>
        <translation>没有可用于生成卡号的随机数源。</translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation>没有表号为 %1 的表计。</translation>
    </message>
    <message>
        <source>Meter %1 does not take IC cards.</source>
        <translation>表计 %1 不是 IC卡表。</translation>
    </message>
    <message>
        <source>Meter %1 is not installed for a customer; install it first.</source>
        <translation>表计 %1 尚未为客户安装；请先安装。</translation>
    </message>
    <message>
        <source>Meter %1 already has card %2 in use. For a lost or damaged card, issue a replacement.</source>
        <translation>表计 %1 已有在用的卡 %2。如卡丢失或损坏，请办理补卡。</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted; it cannot be issued again. Use a blank card.</source>
        <translation>卡 %1 已挂失，不能再次开卡。请使用空白卡。</translation>
    </message>
    <message>
        <source>Card %1 is already issued. Use a blank card.</source>
        <translation>卡 %1 已开卡。请使用空白卡。</translation>
    </message>
    <message>
        <source>This card is not blank: it holds data this console did not write. Use a blank card.</source>
        <translation>此卡不是空白卡：卡中有非本控制台写入的数据。请使用空白卡。</translation>
    </message>
    <message>
        <source>A blank card has no security code of PrepayDesk&apos;s to check.</source>
        <translation>空白卡上没有 PrepayDesk 设置的卡密码，无需校验。</translation>
    </message>
    <message>
        <source>Card %1 is not in this console&apos;s records.</source>
        <translation>本控制台的记录中没有卡 %1。</translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation>%1 不能为自己的申请授权：须由另一位值班主管登录。</translation>
    </message>
    <message>
        <source>%1 cannot approve this; a supervisor must log in.</source>
        <translation>%1 无权授权此操作：须由值班主管登录。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation>请填写原因，原因将与授权记录一并保存。</translation>
    </message>
    <message>
        <source>Meter %1 has no card in use to replace; issue a card instead.</source>
        <translation>表计 %1 没有可补换的在用卡；请改为开卡。</translation>
    </message>
    <message>
        <source>Sale %1 onto card %2 is still pending: finish or void it first.</source>
        <translation>写入卡 %2 的充值记录 %1 仍待完成：请先将其完成或作废。</translation>
    </message>
    <message>
        <source>Customers&apos; cards are issued from the customer&apos;s meter, not as engineer cards.</source>
        <translation>用户卡须按客户的表计开卡，不能作为工程卡写入。</translation>
    </message>
    <message>
        <source>Card %1 is a customer&apos;s card or blacklisted; use a blank card or an engineer card.</source>
        <translation>卡 %1 是用户卡或已挂失；请使用空白卡或工程卡。</translation>
    </message>
    <message>
        <source>The account of meter %1 has no tariff: give it one first.</source>
        <translation>表计 %1 的账户没有价格方案：请先为其设置价格方案。</translation>
    </message>
</context>
<context>
    <name>CardSlot</name>
    <message>
        <source>the meter has no card key (start prepay-metersim with --card-key)</source>
        <translation>表计没有卡密钥（请使用 --card-key 启动 prepay-metersim）</translation>
    </message>
    <message>
        <source>the meter has no utility code (start prepay-metersim with --utility-code)</source>
        <translation>表计没有单位代码（请使用 --utility-code 启动 prepay-metersim）</translation>
    </message>
    <message>
        <source>the card is for utility %1, this meter belongs to utility %2</source>
        <translation>此卡属于单位 %1，而此表计属于单位 %2</translation>
    </message>
    <message>
        <source>the card is for meter %1, this is meter %2</source>
        <translation>此卡对应表计 %1，而此表计为 %2</translation>
    </message>
    <message>
        <source>the card is in money, this meter counts units</source>
        <translation>此卡按金额计，而此表计按数量计</translation>
    </message>
    <message>
        <source>the card is in units, this meter counts money</source>
        <translation>此卡按数量计，而此表计按金额计</translation>
    </message>
    <message>
        <source>the card is locked (no security code tries left)</source>
        <translation>此卡已锁定（卡密码已无剩余尝试次数）</translation>
    </message>
    <message>
        <source>the card&apos;s security code is not this utility&apos;s: it cannot be written</source>
        <translation>此卡的卡密码不是本单位的：无法写卡</translation>
    </message>
    <message>
        <source>this card was replaced by another and is blacklisted</source>
        <translation>此卡已被补卡替换，并已挂失</translation>
    </message>
    <message>
        <source>the card is for customer %1, this meter&apos;s account is for customer %2</source>
        <translation>此卡属于客户 %1，而此表计的账户属于客户 %2</translation>
    </message>
    <message>
        <source>another card (%1) is bound to this meter</source>
        <translation>此表计已绑定另一张卡（%1）</translation>
    </message>
    <message>
        <source>the credit would take the meter over its maximum balance of %1</source>
        <translation>充值后表内余额将超过最大余额 %1</translation>
    </message>
    <message>
        <source>the meter did not take the purchase count %1</source>
        <translation>表计未接受购买次数 %1</translation>
    </message>
    <message>
        <source>the card carries purchase %1 but the meter&apos;s last is %2: a purchase in between never reached the meter</source>
        <translation>卡上为第 %1 次购买，而表计最近一次为第 %2 次：中间有一次购买未写入表计</translation>
    </message>
</context>
<context>
    <name>ChunkedRead</name>
    <message>
        <source>The card did not give bytes %1 to %2 (%3, %4 bytes).</source>
        <translation>卡未返回第 %1 至 %2 字节（%3，%4 字节）。</translation>
    </message>
</context>
<context>
    <name>Cjt188</name>
    <message>
        <source>unit %1H</source>
        <translation>单位代码 %1H</translation>
    </message>
    <message>
        <source>The frame&apos;s checksum is wrong: bytes were lost or changed on the line.</source>
        <translation>帧校验和错误：线路上有字节丢失或被改动。</translation>
    </message>
    <message>
        <source>The frame does not end with 16H where its length says it ends.</source>
        <translation>帧在其长度所指示的结束位置上不是结束符 16H。</translation>
    </message>
    <message>
        <source>The frame claims more than %1 data bytes, which no CJ/T 188 frame has.</source>
        <translation>帧声明的数据域超过 %1 字节，CJ/T 188 没有这样长的帧。</translation>
    </message>
    <message>
        <source>The frame is not valid.</source>
        <translation>帧无效。</translation>
    </message>
    <message>
        <source>Valve</source>
        <translation>阀门</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Status word ST</source>
        <translation>状态字 ST</translation>
    </message>
    <message>
        <source>The meter&apos;s value for %1 is not a BCD number.</source>
        <translation>表计返回的“%1”不是 BCD 数。</translation>
    </message>
    <message>
        <source>The meter data reply has %1 data bytes after DI and SER, not 19.</source>
        <translation>表计的计量数据应答在 DI 和 SER 之后有 %1 字节数据，而不是 19 字节。</translation>
    </message>
    <message>
        <source>Current cumulative flow</source>
        <translation>当前累计流量</translation>
    </message>
    <message>
        <source>Cumulative flow on the settlement day</source>
        <translation>结算日累计流量</translation>
    </message>
    <message>
        <source>The meter&apos;s clock is not a valid BCD date and time.</source>
        <translation>表计的时钟不是有效的 BCD 日期和时间。</translation>
    </message>
    <message>
        <source>Meter time</source>
        <translation>表计时间</translation>
    </message>
    <message>
        <source>The purchase data reply has %1 data bytes after DI and SER, not 15.</source>
        <translation>购买数据应答在 DI 和 SER 之后有 %1 字节数据，而不是 15 字节。</translation>
    </message>
    <message>
        <source>The meter&apos;s purchase sequence is not BCD.</source>
        <translation>表计返回的购买序号不是 BCD 编码。</translation>
    </message>
    <message>
        <source>Purchase sequence</source>
        <translation>购买序号</translation>
    </message>
    <message>
        <source>Last purchase amount</source>
        <translation>最近一次购买金额</translation>
    </message>
    <message>
        <source>Cumulative purchases</source>
        <translation>累计购买金额</translation>
    </message>
    <message>
        <source>Remaining money</source>
        <translation>剩余金额</translation>
    </message>
    <message>
        <source>A CJ/T 188 address has 7 bytes.</source>
        <translation>CJ/T 188 通信地址为 7 字节。</translation>
    </message>
    <message>
        <source>This command goes to one meter: give its address.</source>
        <translation>此命令只能发给单块表计：请指定其通信地址。</translation>
    </message>
    <message>
        <source>%1 must be 0 to 999999.99.</source>
        <translation>%1须为 0 至 999999.99。</translation>
    </message>
    <message>
        <source>%1 must be 0 to 999999.99 yuan.</source>
        <translation>%1须为 0 至 999999.99 元。</translation>
    </message>
    <message>
        <source>CJ/T 188 has the editions 2004 and 2018, not &quot;%1&quot;.</source>
        <translation>CJ/T 188 只有 2004 和 2018 两个版本，没有“%1”。</translation>
    </message>
    <message>
        <source>A CJ/T 188 address has at most 14 digits.</source>
        <translation>CJ/T 188 通信地址最多 14 位数字。</translation>
    </message>
    <message>
        <source>A CJ/T 188 address is digits (and hex digits for the manufacturer code) only: &quot;%1&quot;.</source>
        <translation>CJ/T 188 通信地址只能由数字组成（厂商代码部分可为十六进制数字）：“%1”。</translation>
    </message>
    <message>
        <source>Meter data (flows, time, status)</source>
        <translation>计量数据（流量、时间、状态）</translation>
    </message>
    <message>
        <source>Purchases and remaining money</source>
        <translation>购买记录与剩余金额</translation>
    </message>
    <message>
        <source>The meter&apos;s time must be a date from 2000 to 2099.</source>
        <translation>表计时间须为 2000 至 2099 年之间的日期。</translation>
    </message>
    <message>
        <source>Unknown CJ/T 188 data item &quot;%1&quot;: give meter_data, purchase_data or an identifier of 4 hex digits.</source>
        <translation>未知的 CJ/T 188 数据项“%1”：请使用 meter_data、purchase_data 或 4 位十六进制的数据标识。</translation>
    </message>
    <message>
        <source>The purchase sequence number must be 0 to 99.</source>
        <translation>购买序号须为 0 至 99。</translation>
    </message>
    <message>
        <source>The purchase amount must be more than 0 and at most 999999.99 yuan.</source>
        <translation>购买金额须大于 0 且不超过 999999.99 元。</translation>
    </message>
    <message>
        <source>Give the new address.</source>
        <translation>请指定新的通信地址。</translation>
    </message>
    <message>
        <source>AAAAAAAAAAAAAA is the wildcard, not an address a meter can have.</source>
        <translation>AAAAAAAAAAAAAA 是通配地址，不能作为表计的通信地址。</translation>
    </message>
    <message>
        <source>the meter cannot give the requested data</source>
        <translation>表计无法提供所请求的数据</translation>
    </message>
    <message>
        <source>the meter would not tell its address</source>
        <translation>表计拒绝返回其通信地址</translation>
    </message>
    <message>
        <source>the meter did not carry out the write</source>
        <translation>表计未执行写操作</translation>
    </message>
    <message>
        <source>the meter did not take the new address</source>
        <translation>表计未接受新的通信地址</translation>
    </message>
    <message>
        <source>the meter refused the command</source>
        <translation>表计拒绝执行该命令</translation>
    </message>
    <message>
        <source>its valve reports a fault</source>
        <translation>阀门报告故障</translation>
    </message>
    <message>
        <source>its battery is low</source>
        <translation>电池欠压</translation>
    </message>
    <message>
        <source>unknown reason (%1)</source>
        <translation>未知原因（%1）</translation>
    </message>
    <message>
        <source>The meter&apos;s abnormal reply has %1 data bytes, not SER and ST (3).</source>
        <translation>表计的异常应答数据域为 %1 字节，而不是 SER 和 ST（3 字节）。</translation>
    </message>
    <message>
        <source>The meter answered abnormally: %1.</source>
        <translation>表计异常应答：%1。</translation>
    </message>
    <message>
        <source>The meter&apos;s reply has no data identifier and SER.</source>
        <translation>表计的应答中没有数据标识和 SER。</translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>The valve reply has %1 bytes of status, not 2.</source>
        <translation>阀门控制应答的状态为 %1 字节，而不是 2 字节。</translation>
    </message>
    <message>
        <source>The purchase confirmation has %1 data bytes after DI and SER, not 5.</source>
        <translation>购买确认应答在 DI 和 SER 之后有 %1 字节数据，而不是 5 字节。</translation>
    </message>
    <message>
        <source>The confirmed purchase sequence is not BCD.</source>
        <translation>确认的购买序号不是 BCD 编码。</translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>Reply data</source>
        <translation>应答数据</translation>
    </message>
    <message>
        <source>This is a reply, not a request.</source>
        <translation>这是应答帧，而不是请求帧。</translation>
    </message>
    <message>
        <source>The request has no data identifier and SER.</source>
        <translation>请求中没有数据标识和 SER。</translation>
    </message>
    <message>
        <source>A valve command has one control byte.</source>
        <translation>阀门控制命令只有一个控制字节。</translation>
    </message>
    <message>
        <source>Unknown valve command %1H.</source>
        <translation>未知的阀门控制命令 %1H。</translation>
    </message>
    <message>
        <source>A purchase write has a sequence byte and a 4-byte amount.</source>
        <translation>写购买数据请求应包含 1 字节购买序号和 4 字节金额。</translation>
    </message>
    <message>
        <source>The purchase write is not BCD.</source>
        <translation>写购买数据请求中的数据不是 BCD 编码。</translation>
    </message>
    <message>
        <source>The time write does not carry a valid time.</source>
        <translation>写时间请求中没有有效的时间。</translation>
    </message>
    <message>
        <source>Unsupported write data identifier %1.</source>
        <translation>不支持的写数据标识 %1。</translation>
    </message>
    <message>
        <source>A write address request carries 7 address bytes.</source>
        <translation>写通信地址请求应包含 7 字节地址。</translation>
    </message>
    <message>
        <source>Unsupported request function %1H.</source>
        <translation>不支持的请求功能码 %1H。</translation>
    </message>
    <message>
        <source>The current flow</source>
        <translation>当前累计流量</translation>
    </message>
    <message>
        <source>The settlement-day flow</source>
        <translation>结算日累计流量</translation>
    </message>
    <message>
        <source>A purchase amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>The purchase amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>The meter type T is one byte (0 to FFH).</source>
        <translation>表计类型 T 为 1 字节（0 至 FFH）。</translation>
    </message>
    <message>
        <source>The frame sequence number SER is 0 to 255.</source>
        <translation>帧序号 SER 须为 0 至 255。</translation>
    </message>
    <message>
        <source>CJ/T 188 has no such command.</source>
        <translation>CJ/T 188 没有此命令。</translation>
    </message>
    <message>
        <source>A request frame came back instead of a reply (the line&apos;s own echo?).</source>
        <translation>收到的是请求帧而不是应答帧（可能是线路自身的回显？）。</translation>
    </message>
    <message>
        <source>The reply is from meter %1, not from %2.</source>
        <translation>应答来自表计 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The reply carries sequence number %1, not %2: it answers another request.</source>
        <translation>应答的帧序号为 %1，而不是 %2：它是对其他请求的应答。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>PrepayDesk</source>
        <translation>PrepayDesk</translation>
    </message>
    <message>
        <source>The service-centre console for prepaid water, electricity and gas.</source>
        <translation>预付费水、电、燃气营业厅收费控制台。</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>打开数据库文件 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the demo database (created with %1 generated customers on first use).</source>
        <translation>打开演示数据库（首次使用时自动生成 %1 个客户）。</translation>
    </message>
    <message>
        <source>Language of the console: zh_CN or en (default: the system&apos;s).</source>
        <translation>控制台界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Fill in the user name USER.</source>
        <translation>在登录窗口中预先填入用户名 USER。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>With --measure-startup: log in with PASSWORD.</source>
        <translation>与 --measure-startup 一起使用时：用密码 PASSWORD 登录。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <source>Unknown language %1; choose zh_CN or en.</source>
        <translation>未知的语言 %1，请选择 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Choose either --db or --demo.</source>
        <translation>--db 和 --demo 只能选择其一。</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Print window_ready_ms and rss_kib once the login dialog is shown, then quit; with --user and --password, log in instead, search once, print main_window_ms and rss_kib, and quit.</source>
        <translation>登录窗口显示后输出 window_ready_ms 和 rss_kib，然后退出；如同时指定了 --user 和 --password，则改为登录、执行一次搜索，输出 main_window_ms 和 rss_kib 后退出。</translation>
    </message>
</context>
<context>
    <name>CpuCard</name>
    <message>
        <source>Offset %1 with %2 bytes cannot be sent in one command.</source>
        <translation>偏移量 %1 处的 %2 字节无法用一条命令发送。</translation>
    </message>
    <message>
        <source>An authentication cryptogram is 8 bytes.</source>
        <translation>认证密文为 8 字节。</translation>
    </message>
    <message>
        <source>An authentication challenge is 8 bytes.</source>
        <translation>认证随机数为 8 字节。</translation>
    </message>
    <message>
        <source>A card master key is 16 bytes (2-key 3DES); this one has %1.</source>
        <translation>卡主控密钥为 16 字节（双倍长 3DES）；此密钥为 %1 字节。</translation>
    </message>
    <message>
        <source>3DES works on whole 8-byte blocks.</source>
        <translation>3DES 只能处理完整的 8 字节数据块。</translation>
    </message>
    <message>
        <source>OpenSSL could not run 3DES (DES-EDE-ECB).</source>
        <translation>OpenSSL 无法执行 3DES（DES-EDE-ECB）。</translation>
    </message>
    <message>
        <source>A card serial is 8 bytes; this one has %1.</source>
        <translation>卡号为 8 字节；此卡号为 %1 字节。</translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation>长度错误</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>未通过认证</translation>
    </message>
    <message>
        <source>key blocked</source>
        <translation>密钥已锁定</translation>
    </message>
    <message>
        <source>conditions of use not satisfied</source>
        <translation>使用条件不满足</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>文件未找到</translation>
    </message>
    <message>
        <source>beyond the end of the file</source>
        <translation>超出文件末尾</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>不支持该命令</translation>
    </message>
    <message>
        <source>class not supported</source>
        <translation>不支持该命令类别</translation>
    </message>
    <message numerus="yes">
        <source>wrong key, %n tries left</source>
        <translation>
            <numerusform>密钥错误，还剩 %n 次尝试机会</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CpuCardMemory</name>
    <message>
        <source>This CPU card has no PrepayDesk file %1 (%2): it is not a PrepayDesk card.</source>
        <translation>此 CPU卡中没有 PrepayDesk 文件 %1（%2）：它不是 PrepayDesk 卡。</translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s %3-byte area.</source>
        <translation>第 %1 至 %2 字节超出了卡的 %3 字节数据区。</translation>
    </message>
    <message>
        <source>OpenSSL could not make a random challenge for the card.</source>
        <translation>OpenSSL 无法为卡生成认证随机数。</translation>
    </message>
    <message>
        <source>This is not a genuine card for this utility&apos;s key: it failed internal authentication (%1).</source>
        <translation>此卡不是与本单位密钥匹配的合法卡：内部认证失败（%1）。</translation>
    </message>
    <message>
        <source>wrong answer to the challenge</source>
        <translation>对随机数的应答错误</translation>
    </message>
    <message>
        <source>A card master key is 16 bytes (2-key 3DES); this one has %1.</source>
        <translation>卡主控密钥为 16 字节（双倍长 3DES）；此密钥为 %1 字节。</translation>
    </message>
    <message>
        <source>The card gave no challenge for authentication (%1).</source>
        <translation>卡未返回认证所需的随机数（%1）。</translation>
    </message>
    <message>
        <source>The card refused this utility&apos;s key and is now blocked: it can no longer be written.</source>
        <translation>卡拒绝了本单位的密钥，现已锁定：无法再写卡。</translation>
    </message>
    <message numerus="yes">
        <source>The card refused this utility&apos;s key: %n tries left.</source>
        <translation>
            <numerusform>卡拒绝了本单位的密钥：还剩 %n 次尝试机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>This card&apos;s key is blocked (no authentication tries left): it can no longer be written.</source>
        <translation>此卡的密钥已锁定（认证已无剩余尝试次数）：无法再写卡。</translation>
    </message>
    <message>
        <source>The card refused external authentication (%1).</source>
        <translation>卡拒绝了外部认证（%1）。</translation>
    </message>
    <message>
        <source>Writing the card failed (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation>写卡失败（%1）。请重新插卡并再次读卡：卡中可能已有部分新数据。</translation>
    </message>
    <message>
        <source>The card refused the write: it has not been unlocked with this utility&apos;s key.</source>
        <translation>卡拒绝写入：尚未用本单位的密钥解锁。</translation>
    </message>
    <message>
        <source>The card refused the write of bytes %1 to %2 (%3).</source>
        <translation>卡拒绝写入第 %1 至 %2 字节（%3）。</translation>
    </message>
    <message>
        <source>The card was written but could not be read back to check it (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation>卡已写入，但无法回读校验（%1）。请重新插卡并再次读卡：卡中可能已有部分新数据。</translation>
    </message>
    <message>
        <source>The card did not take the data: bytes %1 to %2 read back different from what was written.</source>
        <translation>卡未接受数据：第 %1 至 %2 字节的回读结果与写入的不一致。</translation>
    </message>
    <message>
        <source>A CPU card tells its key tries only when a key is presented: unlock it first.</source>
        <translation>CPU卡只有在提交密钥时才会给出剩余尝试次数：请先解锁。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 contains bytes that are not text. The file must be saved as UTF-8 or GB18030.</source>
        <translation>第 %1 行包含无法识别为文本的字节。请将文件另存为 UTF-8 或 GB18030 编码。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>Line %1: after a closing &quot; only a comma or the end of the line may follow.</source>
        <translation>第 %1 行：结束引号 &quot; 之后只能是逗号或行尾。</translation>
    </message>
    <message>
        <source>Line %1: a &quot; inside a field that does not start with &quot; (write it as &quot;&quot; inside a quoted field).</source>
        <translation>第 %1 行：字段不是以 &quot; 开头，中间却出现了 &quot;（请把整个字段用引号括起来，并把其中的 &quot; 写成 &quot;&quot;）。</translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation>%1 超过 512 MB，请将其拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>文件为空：第一行必须是注明各列名称的表头。</translation>
    </message>
    <message>
        <source>Line 1: unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation>第 1 行：未知的列“%1”。可用的列有：%2。</translation>
    </message>
    <message>
        <source>Line 1: the column &quot;%1&quot; appears twice.</source>
        <translation>第 1 行：列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Line 1: the header has no &quot;name&quot; column.</source>
        <translation>第 1 行：表头中缺少“name”列。</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2.</source>
        <translation>此行有 %1 个字段，但表头有 %2 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use %2.</source>
        <translation>未知的客户类别“%1”，请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown utility &quot;%1&quot;; use %2.</source>
        <translation>未知的业务类型“%1”，请使用 %2。</translation>
    </message>
    <message>
        <source>An account or meter needs its utility.</source>
        <translation>账户或表计必须填写业务类型（utility 列）。</translation>
    </message>
    <message>
        <source>There is no %1 tariff with code %2.</source>
        <translation>没有代码为 %2 的%1价格方案。</translation>
    </message>
    <message>
        <source>Unknown meter carrier &quot;%1&quot;; use %2.</source>
        <translation>未知的表计充值方式“%1”，请使用 %2。</translation>
    </message>
    <message>
        <source>Customer %1 has different details on line %2.</source>
        <translation>客户 %1 的资料与第 %2 行不一致。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>Customer number %1 already exists; an import only adds new customers.</source>
        <translation>客户编号 %1 已存在；导入只能新增客户。</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Write yes or no (also accepted: 1/0, true/false, 是/否).</source>
        <translation>请填写 yes 或 no（也可填 1/0、true/false、是/否）。</translation>
    </message>
    <message>
        <source>This line has meter details but no meter serial; add the serial or remove the details.</source>
        <translation>此行填写了表计信息但没有表号；请补上表号或删除表计信息。</translation>
    </message>
    <message>
        <source>The database could not start storing the line; nothing was stored. Try the import again.</source>
        <translation>数据库无法开始保存此行，未保存任何数据。请重新导入。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>协助需求</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Meter history</source>
        <translation>表计历史</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Find a customer above to see their details, accounts, meters and history.</source>
        <translation>请在上方查找客户，即可查看其资料、账户、表计和历史记录。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>客户类别(&amp;C)</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>协助需求</translation>
    </message>
    <message>
        <source>&amp;Elderly</source>
        <translation>老年人(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hearing</source>
        <translation>听障(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ustomer no.</source>
        <translation>客户编号(&amp;U)</translation>
    </message>
    <message>
        <source>Large prin&amp;t</source>
        <translation>大字体(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>账户号</translation>
    </message>
    <message>
        <source>meter serial</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>The customer number %1 is already in use.</source>
        <translation>客户编号 %1 已被使用，请换用其他编号。</translation>
    </message>
    <message>
        <source>Someone else changed this customer while you were editing. Close the form and open the customer again.</source>
        <translation>您编辑期间，其他人修改了该客户的资料。请关闭此窗口，重新打开该客户后再修改。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>账户号</translation>
    </message>
    <message>
        <source>This customer already has a %1 account.</source>
        <translation>该客户已开通%1账户。</translation>
    </message>
    <message>
        <source>The chosen tariff does not exist.</source>
        <translation>所选价格方案不存在，请重新选择。</translation>
    </message>
    <message>
        <source>The chosen tariff is for another utility.</source>
        <translation>所选价格方案属于其他业务类型，请重新选择。</translation>
    </message>
    <message>
        <source>The account number %1 is already in use.</source>
        <translation>账户号 %1 已被使用，请换用其他账户号。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;account…</source>
        <translation>开户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PrepayDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 不是 PrepayDesk 数据库（不是 SQLite 文件）。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is read-only. PrepayDesk records every sale and needs to write to its database; give it write access or open a copy.</source>
        <translation>%1 为只读文件。PrepayDesk 需要把每一笔交易写入数据库，请为该文件开启写权限，或打开它的副本。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>在 %1 处找不到数据库。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal there.</source>
        <translation>%1 所在的文件夹为只读；SQLite 需要在该文件夹中写入日志文件，请为其开启写权限。</translation>
    </message>
    <message>
        <source>%1 is already open in another PrepayDesk console (%2, process %3 on %4). Close that console first.</source>
        <translation>%1 已在另一个 PrepayDesk 控制台中打开（%2，计算机 %4 上的进程 %3）。请先关闭那个控制台。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>The lock file beside %1 cannot be created.</source>
        <translation>无法在 %1 旁边创建锁文件。</translation>
    </message>
    <message>
        <source>%1 could not be checked and may be damaged: %2</source>
        <translation>无法检查 %1，该文件可能已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 已损坏（SQLite 报告：%2）。该文件未被改动，请从备份中恢复。</translation>
    </message>
    <message>
        <source>%1 could not be read: it may be damaged.</source>
        <translation>无法读取 %1：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 was written by a newer PrepayDesk (schema %2; this version knows up to %3). Update PrepayDesk to open it; the file was left unchanged.</source>
        <translation>%1 由较新版本的 PrepayDesk 写入（数据结构版本 %2；本版本最高支持 %3）。请升级 PrepayDesk 后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing.</source>
        <translation>无法以写入方式打开 %1。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation>无法从 SQLite 驱动获取数据库连接。</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>无法读取数据结构版本。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本程序缺少数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed (%2); it was left at schema %3.</source>
        <translation>将数据库升级到数据结构版本 %1 失败（%2）；数据库仍保持在版本 %3。</translation>
    </message>
    <message>
        <source>The database file is still being checked; nothing can be saved until the check has finished. Try again in a few seconds.</source>
        <translation>正在检查数据库文件，检查完成前无法保存任何内容。请稍等几秒后重试。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and 5,000,000.</source>
        <translation>演示客户数必须在 1 至 5,000,000 之间。</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation>无法从 SQLite 驱动获取数据库连接。</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The database already has customers; demo data goes into an empty database only.</source>
        <translation>数据库中已有客户；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>The demo operators could not be created: %1</source>
        <translation>无法创建演示操作员：%1</translation>
    </message>
    <message>
        <source>The demo data could not be saved: %1</source>
        <translation>无法保存演示数据：%1</translation>
    </message>
    <message>
        <source>Demo vending key</source>
        <translation>演示售电密钥</translation>
    </message>
    <message>
        <source>Demo card key</source>
        <translation>演示卡密钥</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PrepayDesk demo</source>
        <translation>PrepayDesk 演示</translation>
    </message>
    <message>
        <source>Cancelling — nothing will be stored…</source>
        <translation>正在取消，不会保存任何数据…</translation>
    </message>
    <message>
        <source>Creating the demo database: %1 customers with accounts, meters and a year of readings…</source>
        <translation>正在创建演示数据库：%1 个客户及其账户、表计和一年的抄表读数…</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听障</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
    <message>
        <source>SGC %1</source>
        <translation>SGC %1</translation>
    </message>
    <message>
        <source>TI %1</source>
        <translation>TI %1</translation>
    </message>
    <message>
        <source>KRN %1</source>
        <translation>KRN %1</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Old meter</source>
        <translation>旧表</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>新表</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>转出账户</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>转入账户</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>充值方式</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通信协议</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>STS supply group</source>
        <translation>STS 供电组代码</translation>
    </message>
    <message>
        <source>STS tariff index</source>
        <translation>STS 费率索引</translation>
    </message>
    <message>
        <source>STS key revision</source>
        <translation>STS 密钥版本号</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Meter installed</source>
        <translation>安装表计</translation>
    </message>
    <message>
        <source>Meter replaced</source>
        <translation>更换表计</translation>
    </message>
    <message>
        <source>Meter removed</source>
        <translation>拆除表计</translation>
    </message>
    <message>
        <source>Meter transferred in</source>
        <translation>表计转入</translation>
    </message>
    <message>
        <source>Meter transferred out</source>
        <translation>表计转出</translation>
    </message>
    <message>
        <source>Meter edited</source>
        <translation>修改表计信息</translation>
    </message>
    <message>
        <source>Meter registered</source>
        <translation>登记表计</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Dlt645</name>
    <message>
        <source>Combined active energy, total</source>
        <translation>组合有功总电能</translation>
    </message>
    <message>
        <source>Forward active energy, total</source>
        <translation>正向有功总电能</translation>
    </message>
    <message>
        <source>Reverse active energy, total</source>
        <translation>反向有功总电能</translation>
    </message>
    <message>
        <source>Remaining energy</source>
        <translation>剩余电量</translation>
    </message>
    <message>
        <source>Overdraft energy</source>
        <translation>透支电量</translation>
    </message>
    <message>
        <source>Remaining money</source>
        <translation>剩余金额</translation>
    </message>
    <message>
        <source>Overdraft money</source>
        <translation>透支金额</translation>
    </message>
    <message>
        <source>Purchase count</source>
        <translation>购电次数</translation>
    </message>
    <message>
        <source>Cumulative purchase</source>
        <translation>累计购电金额</translation>
    </message>
    <message>
        <source>Voltage, phase A</source>
        <translation>A相电压</translation>
    </message>
    <message>
        <source>Voltage, phase B</source>
        <translation>B相电压</translation>
    </message>
    <message>
        <source>Voltage, phase C</source>
        <translation>C相电压</translation>
    </message>
    <message>
        <source>Current, phase A</source>
        <translation>A相电流</translation>
    </message>
    <message>
        <source>Current, phase B</source>
        <translation>B相电流</translation>
    </message>
    <message>
        <source>Current, phase C</source>
        <translation>C相电流</translation>
    </message>
    <message>
        <source>Active power, total</source>
        <translation>总有功功率</translation>
    </message>
    <message>
        <source>Active power, phase A</source>
        <translation>A相有功功率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status word 1</source>
        <translation>运行状态字 1</translation>
    </message>
    <message>
        <source>Status word 2</source>
        <translation>运行状态字 2</translation>
    </message>
    <message>
        <source>Status word 3</source>
        <translation>运行状态字 3</translation>
    </message>
    <message>
        <source>The frame&apos;s checksum is wrong: bytes were lost or changed on the line.</source>
        <translation>帧校验和错误：线路上有字节丢失或被改动。</translation>
    </message>
    <message>
        <source>The frame does not end with 16H where its length says it ends.</source>
        <translation>帧在其长度所指示的结束位置上不是结束符 16H。</translation>
    </message>
    <message>
        <source>The frame claims more than %1 data bytes, which DL/T 645 does not allow.</source>
        <translation>帧声明的数据域超过 %1 字节，DL/T 645 不允许这样的长度。</translation>
    </message>
    <message>
        <source>The frame is not valid.</source>
        <translation>帧无效。</translation>
    </message>
    <message>
        <source>The meter sent %1 bytes for %2, which has %3.</source>
        <translation>表计为“%2”返回了 %1 字节，而该数据项应为 %3 字节。</translation>
    </message>
    <message>
        <source>The meter&apos;s value for %1 is not a BCD number.</source>
        <translation>表计返回的“%1”不是 BCD 数。</translation>
    </message>
    <message>
        <source>The meter&apos;s date is not BCD.</source>
        <translation>表计返回的日期不是 BCD 编码。</translation>
    </message>
    <message>
        <source>The meter&apos;s date is not a real date.</source>
        <translation>表计返回的日期不是有效日期。</translation>
    </message>
    <message>
        <source>The meter&apos;s time is not BCD.</source>
        <translation>表计返回的时间不是 BCD 编码。</translation>
    </message>
    <message>
        <source>The meter&apos;s time is not a real time of day.</source>
        <translation>表计返回的时间不是有效的时刻。</translation>
    </message>
    <message>
        <source>The %1 must be 4 bytes.</source>
        <translation>%1必须为 4 字节。</translation>
    </message>
    <message>
        <source>DL/T 645 has the editions 2007 and 1997, not &quot;%1&quot;.</source>
        <translation>DL/T 645 只有 2007 和 1997 两个版本，没有“%1”。</translation>
    </message>
    <message>
        <source>A DL/T 645 address has at most 12 digits.</source>
        <translation>DL/T 645 通信地址最多 12 位数字。</translation>
    </message>
    <message>
        <source>A DL/T 645 address is decimal digits only: &quot;%1&quot;.</source>
        <translation>DL/T 645 通信地址只能由十进制数字组成：“%1”。</translation>
    </message>
    <message>
        <source>DL/T 645 carries times from 2000 to 2099.</source>
        <translation>DL/T 645 只能表示 2000 至 2099 年的时间。</translation>
    </message>
    <message>
        <source>Unknown DL/T 645 data item &quot;%1&quot;: give a name from the list or an identifier in hex (8 digits for 2007, 4 for 1997).</source>
        <translation>未知的 DL/T 645 数据项“%1”：请使用列表中的名称，或十六进制的数据标识（2007 版为 8 位，1997 版为 4 位）。</translation>
    </message>
    <message>
        <source>Relay commands go to one meter: give its address.</source>
        <translation>拉合闸命令只能发给单块表计：请指定其通信地址。</translation>
    </message>
    <message>
        <source>password (PA P0 P1 P2)</source>
        <translation>密码（PA P0 P1 P2）</translation>
    </message>
    <message>
        <source>operator code (C0..C3)</source>
        <translation>操作者代码（C0..C3）</translation>
    </message>
    <message>
        <source>A relay command needs the time until which it is valid (2000-2099).</source>
        <translation>拉合闸命令必须指定有效截止时间（2000-2099 年）。</translation>
    </message>
    <message>
        <source>Give the new address.</source>
        <translation>请指定新的通信地址。</translation>
    </message>
    <message>
        <source>A purchase goes to one meter: give its address.</source>
        <translation>购电只能发给单块表计：请指定其通信地址。</translation>
    </message>
    <message>
        <source>The purchase amount must be more than zero.</source>
        <translation>购电金额必须大于零。</translation>
    </message>
    <message>
        <source>The security module&apos;s block is too long for one frame.</source>
        <translation>安全模块的数据块过长，一帧容纳不下。</translation>
    </message>
    <message>
        <source>the meter refused for a reason it does not name</source>
        <translation>表计因其他原因拒绝（未说明具体原因）</translation>
    </message>
    <message>
        <source>the meter has no such data item</source>
        <translation>表计没有该数据项</translation>
    </message>
    <message>
        <source>wrong password or not authorised</source>
        <translation>密码错误或未授权</translation>
    </message>
    <message>
        <source>the baud rate cannot be changed</source>
        <translation>通信速率不能更改</translation>
    </message>
    <message>
        <source>too many time zones in the year</source>
        <translation>年时区数超限</translation>
    </message>
    <message>
        <source>too many periods in the day</source>
        <translation>日时段数超限</translation>
    </message>
    <message>
        <source>too many tariffs</source>
        <translation>费率数超限</translation>
    </message>
    <message>
        <source>the data sent is not valid</source>
        <translation>发送的数据无效</translation>
    </message>
    <message>
        <source>the data identifier is wrong</source>
        <translation>数据标识错误</translation>
    </message>
    <message>
        <source>this recharge was already loaded (repeated recharge)</source>
        <translation>该笔充值已充入过（重复充值）</translation>
    </message>
    <message>
        <source>the meter&apos;s security module (ESAM) rejected the data</source>
        <translation>表计安全模块（ESAM）拒绝了该数据</translation>
    </message>
    <message>
        <source>identity authentication failed</source>
        <translation>身份认证失败</translation>
    </message>
    <message>
        <source>the customer number does not match the meter&apos;s</source>
        <translation>客户编号与表计中的不一致</translation>
    </message>
    <message>
        <source>the purchase count does not follow the meter&apos;s</source>
        <translation>购电次数与表计中的不衔接</translation>
    </message>
    <message>
        <source>the purchase would exceed the meter&apos;s hoarding limit</source>
        <translation>购电后将超过表计的囤积限额</translation>
    </message>
    <message>
        <source>the meter gave no reason</source>
        <translation>表计未给出原因</translation>
    </message>
    <message>
        <source>reserved error bit (%1)</source>
        <translation>保留错误位（%1）</translation>
    </message>
    <message>
        <source>The meter&apos;s security error reply has no error word.</source>
        <translation>表计的安全认证异常应答中没有错误信息字。</translation>
    </message>
    <message>
        <source>The meter&apos;s error reply has no error word.</source>
        <translation>表计的异常应答中没有错误信息字。</translation>
    </message>
    <message>
        <source>The meter refused: %1.</source>
        <translation>表计拒绝：%1。</translation>
    </message>
    <message>
        <source>The meter&apos;s address reply has %1 bytes, not 6.</source>
        <translation>表计的地址应答为 %1 字节，而不是 6 字节。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>The meter&apos;s read reply has no data identifier.</source>
        <translation>表计的读数据应答中没有数据标识。</translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <source>The meter&apos;s security reply has no data identifier.</source>
        <translation>表计的安全认证应答中没有数据标识。</translation>
    </message>
    <message>
        <source>Reply data</source>
        <translation>应答数据</translation>
    </message>
    <message>
        <source>This is a reply, not a request.</source>
        <translation>这是应答帧，而不是请求帧。</translation>
    </message>
    <message>
        <source>The time sync request does not carry a valid time.</source>
        <translation>广播校时请求中没有有效的时间。</translation>
    </message>
    <message>
        <source>A relay command has 16 data bytes.</source>
        <translation>拉合闸命令的数据域为 16 字节。</translation>
    </message>
    <message>
        <source>Unknown relay command %1H.</source>
        <translation>未知的拉合闸命令 %1H。</translation>
    </message>
    <message>
        <source>A write address request has 6 data bytes.</source>
        <translation>写通信地址请求的数据域为 6 字节。</translation>
    </message>
    <message>
        <source>A security request has at least 8 data bytes.</source>
        <translation>安全认证请求的数据域至少为 8 字节。</translation>
    </message>
    <message>
        <source>Unknown security command %1.</source>
        <translation>未知的安全认证命令 %1。</translation>
    </message>
    <message>
        <source>Unsupported request function %1H.</source>
        <translation>不支持的请求功能码 %1H。</translation>
    </message>
    <message>
        <source>DL/T 645-%1 has no such command.</source>
        <translation>DL/T 645-%1 没有此命令。</translation>
    </message>
    <message>
        <source>A DL/T 645 purchase needs a security module.</source>
        <translation>DL/T 645 购电需要安全模块。</translation>
    </message>
    <message>
        <source>DL/T 645 has no such command.</source>
        <translation>DL/T 645 没有此命令。</translation>
    </message>
    <message>
        <source>A request frame came back instead of a reply (the line&apos;s own echo?).</source>
        <translation>收到的是请求帧而不是应答帧（可能是线路自身的回显？）。</translation>
    </message>
    <message>
        <source>The reply is from meter %1, not from %2.</source>
        <translation>应答来自表计 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>99..99 is the broadcast address, not one meter&apos;s.</source>
        <translation>99..99 是广播地址，不是某一块表计的通信地址。</translation>
    </message>
    <message>
        <source>The meter&apos;s follow-up reply has no sequence number.</source>
        <translation>表计的后续帧应答中没有帧序号。</translation>
    </message>
    <message>
        <source>Follow-up frame number</source>
        <translation>后续帧序号</translation>
    </message>
    <message>
        <source>Unsupported request control code %1H.</source>
        <translation>不支持的请求控制码 %1H。</translation>
    </message>
    <message>
        <source>A read address request has no data.</source>
        <translation>读通信地址请求不带数据。</translation>
    </message>
    <message>
        <source>The read request&apos;s data field has %1 bytes, which fits no read.</source>
        <translation>读数据请求的数据域为 %1 字节，不符合任何读数据格式。</translation>
    </message>
    <message>
        <source>The relay command&apos;s reserved byte N2 is not zero.</source>
        <translation>拉合闸命令的保留字节 N2 不为零。</translation>
    </message>
    <message>
        <source>The relay command&apos;s deadline is not a valid time.</source>
        <translation>拉合闸命令的有效截止时间不是有效的时间。</translation>
    </message>
    <message>
        <source>The new address is not decimal digits.</source>
        <translation>新通信地址不是十进制数字。</translation>
    </message>
    <message>
        <source>A relay command carries a 4-byte password and a 4-byte operator code.</source>
        <translation>拉合闸命令须包含 4 字节密码和 4 字节操作者代码。</translation>
    </message>
    <message>
        <source>A new address is 6 bytes.</source>
        <translation>新通信地址为 6 字节。</translation>
    </message>
    <message>
        <source>The operator code must be 4 bytes.</source>
        <translation>操作者代码必须为 4 字节。</translation>
    </message>
    <message>
        <source>This request is not a purchase.</source>
        <translation>此请求不是购电请求。</translation>
    </message>
    <message>
        <source>The purchase block was sealed for a recharge, not for opening an account.</source>
        <translation>该购电数据块是为充值封装的，不能用于开户。</translation>
    </message>
    <message>
        <source>The purchase block was sealed for opening an account, not for a recharge.</source>
        <translation>该购电数据块是为开户封装的，不能用于充值。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>“%1”不是数值型数据项。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>“%1”不能为负数。</translation>
    </message>
    <message>
        <source>%1 does not fit the meter&apos;s %2-byte register.</source>
        <translation>“%1”超出了表计 %2 字节寄存器的范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for %2 (a number with at most %3 decimals).</source>
        <translation>“%1”不是“%2”的有效值（应为最多 %3 位小数的数字）。</translation>
    </message>
    <message>
        <source>%1 takes %2 hex digits.</source>
        <translation>“%1”须为 %2 位十六进制数字。</translation>
    </message>
    <message>
        <source>%1 takes a date from 2000 to 2099 (YYYY-MM-DD).</source>
        <translation>“%1”须为 2000 至 2099 年之间的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 takes a time of day (hh:mm:ss).</source>
        <translation>“%1”须为一天中的时刻（hh:mm:ss）。</translation>
    </message>
    <message>
        <source>Unknown item format.</source>
        <translation>未知的数据项格式。</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>STS keypad token</source>
        <translation>STS 键盘令牌</translation>
    </message>
    <message>
        <source>IC card</source>
        <translation>IC卡</translation>
    </message>
    <message>
        <source>Serial line</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机关事业单位</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>表计工程师</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>meter status</comment>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>meter status</comment>
        <translation>已拆除</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>meter history event</comment>
        <translation>安装</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>meter history event</comment>
        <translation>更换</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>meter history event</comment>
        <translation>拆除</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>meter history event</comment>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>Exchanger</name>
    <message>
        <source>the meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>表计 %1</translation>
    </message>
    <message>
        <source>Meter %1 refused (%2): %3</source>
        <translation>表计 %1 拒绝（%2）：%3</translation>
    </message>
    <message>
        <source>Reply from meter %1 (%2)</source>
        <translation>表计 %1 应答（%2）</translation>
    </message>
    <message>
        <source>(more data follows)</source>
        <translation>（后续还有数据）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) already on the line before sending were thrown away.</source>
        <translation>
            <numerusform>发送前线路上已有的 %n 字节已丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no request to send.</source>
        <translation>没有要发送的请求。</translation>
    </message>
    <message>
        <source>A request that expects a reply needs its protocol.</source>
        <translation>需要应答的请求必须指定通信协议。</translation>
    </message>
    <message>
        <source>The line to the meter is not open.</source>
        <translation>与表计的通信线路未打开。</translation>
    </message>
    <message>
        <source>Cancelled before %1 answered.</source>
        <translation>已取消：%1尚未应答。</translation>
    </message>
    <message>
        <source>The meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>表计 %1</translation>
    </message>
    <message>
        <source>Sending again to %1, try %2 of %3.</source>
        <translation>再次发送至%1，第 %2 次尝试（共 %3 次）。</translation>
    </message>
    <message>
        <source>Sending to %1 (try %2 of %3)</source>
        <translation>正在发送至%1（第 %2 次尝试，共 %3 次）</translation>
    </message>
    <message>
        <source>try %1 of %2</source>
        <translation>第 %1 次尝试，共 %2 次</translation>
    </message>
    <message>
        <source>Broadcast sent; meters do not answer it.</source>
        <translation>广播已发送；表计不会应答广播。</translation>
    </message>
    <message>
        <source>Broadcast sent</source>
        <translation>广播已发送</translation>
    </message>
    <message>
        <source>Waiting for %1 (try %2 of %3)</source>
        <translation>正在等待应答：%1（第 %2 次尝试，共 %3 次）</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Skipped a reply about %1 while waiting for %2 (a late answer to an earlier request).</source>
        <translation>等待 %2 时跳过了关于 %1 的应答（这是对之前某个请求的迟到应答）。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of noise or damaged frames skipped before the reply.</source>
        <translation>
            <numerusform>应答之前跳过了 %n 字节的干扰数据或损坏的帧。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <translation>%1拒绝了请求</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1已应答</translation>
    </message>
    <message>
        <source>Try %1 of %2: only a damaged reply came back.</source>
        <translation>第 %1 次尝试（共 %2 次）：只收到损坏的应答。</translation>
    </message>
    <message>
        <source>Try %1 of %2: no good reply within %3 ms.</source>
        <translation>第 %1 次尝试（共 %2 次）：%3 ms 内没有收到有效应答。</translation>
    </message>
    <message>
        <source>Try %1 of %2: no reply within %3 ms.</source>
        <translation>第 %1 次尝试（共 %2 次）：%3 ms 内没有应答。</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, but every reply was damaged (%n tries). Check the wiring, the line settings and for electrical noise on the line.</source>
        <translation>
            <numerusform>%1有应答，但每次应答都已损坏（共尝试 %n 次）。请检查接线、线路参数以及线路上是否有电气干扰。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from %1 after %n tries; only other meters answered. Check the address.</source>
        <translation>
            <numerusform>尝试 %n 次后%1仍无应答，只有其他表计应答。请检查通信地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No valid reply from %1 after %n tries, only noise. Check the line settings (speed, parity).</source>
        <translation>
            <numerusform>尝试 %n 次后仍未收到%1的有效应答，只收到干扰数据。请检查线路参数（波特率、校验位）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from %1 after %n tries of %2 ms each. Check the address, the wiring and that the meter is powered.</source>
        <translation>
            <numerusform>尝试 %n 次（每次等待 %2 ms）后%1仍无应答。请检查通信地址、接线以及表计是否通电。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to CSV</source>
        <translation>将客户导出为 CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other operators (cashiers, supervisors, engineers) later. Keep the password somewhere safe: nobody can recover it.</source>
        <translation>其他操作员（收银员、值班主管、表计工程师等）稍后由管理员添加。请妥善保管密码：密码丢失后任何人都无法找回。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>letters, digits, dots, dashes or underscores</source>
        <translation>字母、数字、点、短横线或下划线</translation>
    </message>
</context>
<context>
    <name>IcCardCarrier</name>
    <message>
        <source>This account has no meter installed to write a card for.</source>
        <translation>此账户没有已安装的表计，无法写卡。</translation>
    </message>
    <message>
        <source>Put the customer&apos;s card in the reader: %1</source>
        <translation>请将客户的用户卡插入读卡器：%1</translation>
    </message>
    <message>
        <source>The card in the reader is blank. Issue it for the meter first (Cards page).</source>
        <translation>读卡器中的卡是空白卡。请先为该表计开卡（“IC卡”页面）。</translation>
    </message>
    <message>
        <source>The card in the reader is an engineer&apos;s card, not a customer&apos;s card.</source>
        <translation>读卡器中的卡是工程卡，不是用户卡。</translation>
    </message>
    <message>
        <source>Card %1 is not in this console&apos;s records. Read it on the Cards page.</source>
        <translation>本控制台的记录中没有卡 %1。请在“IC卡”页面读卡。</translation>
    </message>
    <message>
        <source>The card in the reader is the card of meter %1 (%2), not of meter %3 this sale is for.</source>
        <translation>读卡器中的卡属于表计 %1（%2），而不是本笔充值对应的表计 %3。</translation>
    </message>
    <message>
        <source>Card %1 is locked: its security code has no tries left. Replace the card.</source>
        <translation>卡 %1 已锁定：卡密码已无剩余尝试次数。请补卡。</translation>
    </message>
    <message>
        <source>Card %1 has one security-code try left. A supervisor must check the card on the Cards page before it is written.</source>
        <translation>卡 %1 的卡密码只剩一次尝试机会。写卡前须由值班主管在“IC卡”页面校验此卡。</translation>
    </message>
    <message>
        <source>The credit of purchase %1 is still on the card: the meter has not loaded it. The customer puts the card in the meter first; then read it here and sell again.</source>
        <translation>第 %1 次购买的充值仍在卡上：表计尚未读入。请客户先将卡插入表计，然后在此读卡后再充值。</translation>
    </message>
    <message>
        <source>Sale %1 onto this card is still pending: finish or void it first.</source>
        <translation>写入此卡的充值记录 %1 仍待完成：请先将其完成或作废。</translation>
    </message>
    <message>
        <source>Written onto IC card %1 as purchase %2: the customer puts the card in the meter to load it.</source>
        <translation>已作为第 %2 次购买写入 IC卡 %1：客户将卡插入表计即可读入充值。</translation>
    </message>
    <message>
        <source>Vend %1 has no card data recorded.</source>
        <translation>充值记录 %1 没有记录卡数据。</translation>
    </message>
    <message>
        <source>Card %1 was not written: %2 Put it back in the reader and finish the sale.</source>
        <translation>卡 %1 未写入：%2 请将卡重新插入读卡器并完成本笔充值。</translation>
    </message>
    <message>
        <source>The card in the reader is %1; this sale is for card %2. Put that card in the reader and finish the sale.</source>
        <translation>读卡器中的卡为 %1；本笔充值对应的是卡 %2。请将该卡插入读卡器并完成本笔充值。</translation>
    </message>
    <message>
        <source>Card %1 holds data of another sale; this sale cannot be written onto it. Void it.</source>
        <translation>卡 %1 中有另一笔充值的数据；本笔充值无法写入该卡。请将本笔充值作废。</translation>
    </message>
    <message>
        <source>Card %1 was not written completely (%2). Put it back in the reader and finish the sale; the credit is written only once.</source>
        <translation>卡 %1 未完整写入（%2）。请将卡重新插入读卡器并完成本笔充值；充值只会写入一次。</translation>
    </message>
    <message>
        <source>Put card %1 in the reader: until it is back it cannot be told whether the credit of sale %2 is on it.</source>
        <translation>请将卡 %1 插入读卡器：重新插卡之前，无法判断充值记录 %2 的充值是否已在卡上。</translation>
    </message>
    <message>
        <source>Card %1 holds data of another sale.</source>
        <translation>卡 %1 中有另一笔充值的数据。</translation>
    </message>
    <message>
        <source>Put card %1 in the reader to void the sale.</source>
        <translation>请将卡 %1 插入读卡器以作废本笔充值。</translation>
    </message>
    <message>
        <source>Card %1 could not be restored (%2); the sale stays pending.</source>
        <translation>卡 %1 无法恢复（%2）；本笔充值保持待完成状态。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers from CSV</source>
        <translation>从 CSV 导入客户</translation>
    </message>
    <message>
        <source>One row per account; rows with the same customer_no belong to one customer. Files saved by Excel (GB18030) and UTF-8 files are both read. Every line is checked before anything is stored.</source>
        <translation>每行对应一个账户；customer_no 相同的各行属于同一个客户。Excel 保存的文件（GB18030）和 UTF-8 文件均可读取。保存任何数据之前会先逐行检查。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>When some lines have errors</source>
        <translation>部分行有错误时</translation>
    </message>
    <message>
        <source>&amp;All or nothing — store the file only if every line is correct</source>
        <translation>全部导入或全部不导入(&amp;A) — 仅当所有行都正确时才保存</translation>
    </message>
    <message>
        <source>&amp;Skip bad lines — store every correct line and list the others</source>
        <translation>跳过错误行(&amp;S) — 保存所有正确的行，并列出错误行</translation>
    </message>
    <message>
        <source>Lines with errors</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>&amp;Save errors as CSV…</source>
        <translation>将错误另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The key vault&apos;s passphrase has at least %1 characters.</source>
        <translation>密钥库口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The key vault is already set up; change its passphrase instead.</source>
        <translation>密钥库已设置过；如需更改，请修改其口令。</translation>
    </message>
    <message>
        <source>The key vault could not be set up (no random source).</source>
        <translation>无法设置密钥库（没有可用的随机数源）。</translation>
    </message>
    <message>
        <source>The key vault is not set up yet.</source>
        <translation>密钥库尚未设置。</translation>
    </message>
    <message>
        <source>The key vault&apos;s settings are damaged.</source>
        <translation>密钥库的设置已损坏。</translation>
    </message>
    <message>
        <source>Wrong key vault passphrase.</source>
        <translation>密钥库口令错误。</translation>
    </message>
    <message>
        <source>Unlock the key vault first.</source>
        <translation>请先解锁密钥库。</translation>
    </message>
    <message>
        <source>A supply group code has six digits.</source>
        <translation>供电组代码（SGC）为 6 位数字。</translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation>密钥版本号（KRN）须为 1 至 9。</translation>
    </message>
    <message>
        <source>The key type is 0 to 3.</source>
        <translation>密钥类型须为 0 至 3。</translation>
    </message>
    <message>
        <source>The key could not be sealed.</source>
        <translation>无法加密封存该密钥。</translation>
    </message>
    <message>
        <source>There is already a key for SGC %1, key revision %2.</source>
        <translation>SGC %1、密钥版本号 %2 的密钥已存在。</translation>
    </message>
    <message>
        <source>There is no vending key for SGC %1, key revision %2.</source>
        <translation>没有 SGC %1、密钥版本号 %2 的售电密钥。</translation>
    </message>
    <message>
        <source>The vending key for SGC %1, key revision %2 does not open: it was altered.</source>
        <translation>SGC %1、密钥版本号 %2 的售电密钥无法解密：该密钥已被篡改。</translation>
    </message>
    <message>
        <source>The new passphrase could not be applied (no random source).</source>
        <translation>无法启用新口令（没有可用的随机数源）。</translation>
    </message>
    <message>
        <source>Vending key %1 does not open: it was altered; nothing was changed.</source>
        <translation>售电密钥 %1 无法解密：该密钥已被篡改；未做任何更改。</translation>
    </message>
    <message>
        <source>A vending key has 8 bytes (DKGA02) or 20 bytes (DKGA04).</source>
        <translation>售电密钥为 8 字节（DKGA02）或 20 字节（DKGA04）。</translation>
    </message>
    <message>
        <source>A utility code has six digits.</source>
        <translation>单位代码为 6 位数字。</translation>
    </message>
    <message>
        <source>A card key has %1 bytes.</source>
        <translation>卡密钥为 %1 字节。</translation>
    </message>
    <message>
        <source>There is no card key in the key vault.</source>
        <translation>密钥库中没有卡密钥。</translation>
    </message>
    <message>
        <source>There is no card key for utility %1.</source>
        <translation>没有单位 %1 的卡密钥。</translation>
    </message>
    <message>
        <source>The card key of utility %1 does not open: it was altered.</source>
        <translation>单位 %1 的卡密钥无法解密：已被篡改。</translation>
    </message>
    <message>
        <source>Card key %1 does not open: it was altered; nothing was changed.</source>
        <translation>卡密钥 %1 无法解密：已被篡改；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A ledger line needs either a debit or a credit, positive.</source>
        <translation>每条账务分录必须有借方或贷方金额（二者择一），且为正数。</translation>
    </message>
    <message>
        <source>The ledger posting &quot;%1&quot; does not balance (debit %2, credit %3); nothing was recorded.</source>
        <translation>账务记账“%1”借贷不平（借方 %2，贷方 %3），未记录任何内容。</translation>
    </message>
    <message>
        <source>Ledger transaction %1 has no lines.</source>
        <translation>账务交易 %1 没有任何分录。</translation>
    </message>
    <message>
        <source>Total debits %1 differ from total credits %2.</source>
        <translation>借方合计 %1 与贷方合计 %2 不相等。</translation>
    </message>
    <message>
        <source>Ledger transaction %1 does not balance.</source>
        <translation>账务交易 %1 借贷不平。</translation>
    </message>
    <message>
        <source>Payment %1 belongs to no vend.</source>
        <translation>支付记录 %1 不属于任何充值记录。</translation>
    </message>
    <message>
        <source>The payments of vend %1 do not add up to its amount.</source>
        <translation>充值记录 %1 的各笔支付合计与其金额不符。</translation>
    </message>
    <message>
        <source>Vend %1 does not have exactly one sale posting.</source>
        <translation>充值记录 %1 的售出记账不是恰好一笔。</translation>
    </message>
    <message>
        <source>Vend %1 is undone in the ledger a different number of times than its state says.</source>
        <translation>充值记录 %1 在账务中的撤销次数与其状态不符。</translation>
    </message>
    <message>
        <source>Vend %1 was delivered without a credit code.</source>
        <translation>充值记录 %1 已到账，但没有充值码。</translation>
    </message>
    <message>
        <source>Credit code %1 was issued for more than one vend.</source>
        <translation>充值码 %1 被用于多条充值记录。</translation>
    </message>
</context>
<context>
    <name>Line</name>
    <message>
        <source>Cannot open a pseudo-terminal: %1</source>
        <translation>无法打开伪终端：%1</translation>
    </message>
    <message>
        <source>Cannot make the link %1 to %2.</source>
        <translation>无法创建指向 %2 的链接 %1。</translation>
    </message>
    <message>
        <source>Cannot listen on TCP port %1: %2</source>
        <translation>无法在 TCP 端口 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>LinkEndpoint</name>
    <message>
        <source>Name a serial port (such as /dev/ttyUSB0 or COM3) or a device server as tcp://host:port.</source>
        <translation>请指定串口（如 /dev/ttyUSB0 或 COM3），或以 tcp://host:port 形式指定串口服务器。</translation>
    </message>
    <message>
        <source>%1 is not a TCP port number (1 to 65535).</source>
        <translation>%1 不是有效的 TCP 端口号（1 至 65535）。</translation>
    </message>
    <message>
        <source>Write a device server as tcp://host:port, for example tcp://192.168.1.20:4001.</source>
        <translation>串口服务器请写成 tcp://host:port 的形式，例如 tcp://192.168.1.20:4001。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PrepayDesk — Log in</source>
        <translation>PrepayDesk — 登录</translation>
    </message>
    <message>
        <source>PrepayDesk</source>
        <translation>PrepayDesk</translation>
    </message>
    <message>
        <source>Log in to the service counter.</source>
        <translation>登录营业厅收费柜台。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>This database has no operator who can log in yet. Create the first administrator to start.</source>
        <translation>此数据库中还没有可以登录的操作员。请先创建首个管理员。</translation>
    </message>
    <message>
        <source>&amp;Create first administrator…</source>
        <translation>创建首个管理员(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PrepayDesk</source>
        <translation>PrepayDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>MeterPorts</name>
    <message>
        <source>The meter simulator&apos;s devices file %1 cannot be read (%2): is prepay-metersim running?</source>
        <translation>无法读取表计模拟器的设备文件 %1（%2）：prepay-metersim 是否在运行？</translation>
    </message>
    <message>
        <source>The meter number %1 is not a %2 meter address (up to %3 digits).</source>
        <translation>表号 %1 不是有效的 %2 表计通信地址（最多 %3 位数字）。</translation>
    </message>
    <message>
        <source>The meter simulator has meter %1 as a %2 meter, but the console has it as %3.</source>
        <translation>表计模拟器中表计 %1 为 %2 表，但本控制台登记为 %3。</translation>
    </message>
    <message>
        <source>Meter %1 is not one of the simulator&apos;s meters (%2), and no counter port is set.</source>
        <translation>表计 %1 不在模拟器的表计中（%2），且未设置柜台串口。</translation>
    </message>
    <message>
        <source>No serial port is set for meters at the counter: set %1 (for example /dev/ttyUSB0, COM3 or tcp://10.0.0.5:4001) and start the console again.</source>
        <translation>未设置柜台表计使用的串口：请设置 %1（例如 /dev/ttyUSB0、COM3 或 tcp://10.0.0.5:4001）后重新启动控制台。</translation>
    </message>
    <message>
        <source>The counter port setting &quot;%1&quot;: %2</source>
        <translation>柜台串口设置“%1”：%2</translation>
    </message>
    <message>
        <source>The counter&apos;s serial port %1 is not there: check that the adapter is plugged in, or correct %2.</source>
        <translation>柜台串口 %1 不存在：请检查转接器是否已插好，或更正 %2。</translation>
    </message>
</context>
<context>
    <name>MeterProtocol</name>
    <message>
        <source>The %1 protocol cannot build this command.</source>
        <translation>%1 协议无法生成此命令。</translation>
    </message>
</context>
<context>
    <name>MeterService</name>
    <message>
        <source>meter serial</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>The model name has at most 60 characters.</source>
        <translation>型号名称最多 60 个字符。</translation>
    </message>
    <message>
        <source>Unknown meter protocol %1; use one of %2.</source>
        <translation>未知的表计通信协议 %1，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>A serial meter needs its protocol: dlt645, cjt188 or modbus.</source>
        <translation>串口表计必须指定通信协议：dlt645、cjt188 或 modbus。</translation>
    </message>
    <message>
        <source>An STS meter needs its supply group code (6 digits).</source>
        <translation>STS 表计必须填写供电组代码（6 位数字）。</translation>
    </message>
    <message>
        <source>An STS meter needs its tariff index (0 to 99).</source>
        <translation>STS 表计必须填写费率索引（0 至 99）。</translation>
    </message>
    <message>
        <source>An STS meter needs its key revision number (1 to 9).</source>
        <translation>STS 表计必须填写密钥版本号（1 至 9）。</translation>
    </message>
    <message>
        <source>Only IC-card meters have a card number.</source>
        <translation>只有 IC卡表才能填写卡号。</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>A meter with serial %1 is already registered.</source>
        <translation>表号为 %1 的表计已登记。</translation>
    </message>
    <message>
        <source>The card number %1 belongs to another meter.</source>
        <translation>卡号 %1 已属于另一块表计。</translation>
    </message>
    <message>
        <source>Someone else changed this meter meanwhile; open it again.</source>
        <translation>在此期间其他人修改了该表计，请重新打开后再操作。</translation>
    </message>
    <message>
        <source>An installed meter cannot change utility; remove it first.</source>
        <translation>已安装的表计不能更改业务类型，请先拆除。</translation>
    </message>
    <message>
        <source>Another meter already has this serial or card number.</source>
        <translation>已有其他表计使用此表号或卡号。</translation>
    </message>
    <message>
        <source>Meter %1 is already installed on account %2.</source>
        <translation>表计 %1 已安装在账户 %2 上。</translation>
    </message>
    <message>
        <source>Meter %1 is marked faulty and cannot be installed.</source>
        <translation>表计 %1 已标记为故障，不能安装。</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>该账户不存在。</translation>
    </message>
    <message>
        <source>Meter %1 measures %2 but account %3 is for %4.</source>
        <translation>表计 %1 用于%2，而账户 %3 用于%4，两者不一致。</translation>
    </message>
    <message>
        <source>Account %1 already has meter %2; replace it instead.</source>
        <translation>账户 %1 已安装表计 %2，请改用“更换”操作。</translation>
    </message>
    <message>
        <source>Meter %1 is not installed, so there is nothing to replace.</source>
        <translation>表计 %1 未安装，无法执行更换。</translation>
    </message>
    <message>
        <source>Meter %1 is not in stock.</source>
        <translation>表计 %1 不在库存中。</translation>
    </message>
    <message>
        <source>Meter %1 measures another utility than meter %2.</source>
        <translation>表计 %1 与表计 %2 的业务类型不同。</translation>
    </message>
    <message>
        <source>Meter %1 is not installed.</source>
        <translation>表计 %1 未安装。</translation>
    </message>
    <message>
        <source>Meter %1 is not installed, so it cannot be transferred.</source>
        <translation>表计 %1 未安装，无法转移。</translation>
    </message>
    <message>
        <source>The meter is already on that account.</source>
        <translation>该表计已在目标账户上。</translation>
    </message>
    <message>
        <source>Account %1 is for another utility.</source>
        <translation>账户 %1 属于其他业务类型。</translation>
    </message>
    <message>
        <source>Account %1 already has a meter installed.</source>
        <translation>账户 %1 已安装表计。</translation>
    </message>
    <message>
        <source>There is no meter with id %1.</source>
        <translation>不存在 ID 为 %1 的表计。</translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation>备注最多 500 个字符。</translation>
    </message>
</context>
<context>
    <name>MeterSession</name>
    <message>
        <source>The meter refused the request.</source>
        <translation>表计拒绝了请求。</translation>
    </message>
    <message>
        <source>The meter refused to read %1: %2</source>
        <translation>表计拒绝读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>MeterTokens</name>
    <message>
        <source>Only engineers, supervisors and administrators make management tokens, change meter keys and decode tokens; the role %1 may not.</source>
        <translation>只有表计工程师、值班主管和管理员才能生成管理令牌、变更表计密钥和解码令牌；%1角色无权操作。</translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation>%1 不能为自己的申请授权：须由另一位值班主管登录。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot approve this; a supervisor must log in.</source>
        <translation>%1（%2）无权授权此操作：须由值班主管登录。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation>请填写原因，原因将与授权记录一并保存。</translation>
    </message>
    <message>
        <source>There is no STS keypad meter with id %1.</source>
        <translation>不存在 ID 为 %1 的 STS 键盘表。</translation>
    </message>
    <message>
        <source>The STS driver plugin is not loaded, so no STS token can be made or decoded. Settings lists the driver plugins and why one did not load.</source>
        <translation>STS 驱动插件未加载，因此无法生成或解码 STS 令牌。“设置”页面列出了各驱动插件及其未能加载的原因。</translation>
    </message>
    <message>
        <source>This console has no key vault, so it has no vending keys.</source>
        <translation>本控制台没有密钥库，因此没有售电密钥。</translation>
    </message>
    <message>
        <source>The key vault is locked: an administrator must unlock it (Settings, Key vault) before STS tokens can be made or decoded.</source>
        <translation>密钥库已锁定：须由管理员解锁（“设置 &gt; 密钥库”）后，才能生成或解码 STS 令牌。</translation>
    </message>
    <message>
        <source>Meter %1 has no STS supply group code, tariff index and key revision.</source>
        <translation>表计 %1 没有 STS 供电组代码、费率索引和密钥版本号。</translation>
    </message>
    <message>
        <source>Set maximum power limit</source>
        <translation>设置最大功率限值</translation>
    </message>
    <message>
        <source>Clear credit</source>
        <translation>清除余额</translation>
    </message>
    <message>
        <source>Set tariff rate</source>
        <translation>设置费率</translation>
    </message>
    <message>
        <source>Clear tamper condition</source>
        <translation>清除窃电状态</translation>
    </message>
    <message>
        <source>Set maximum phase power unbalance</source>
        <translation>设置最大相间功率不平衡限值</translation>
    </message>
    <message>
        <source>Set water meter factor</source>
        <translation>设置水表系数</translation>
    </message>
    <message>
        <source>Maximum power (W)</source>
        <translation>最大功率（W）</translation>
    </message>
    <message>
        <source>Maximum unbalance (W)</source>
        <translation>最大不平衡功率（W）</translation>
    </message>
    <message>
        <source>Register (65535: all)</source>
        <translation>寄存器（65535：全部）</translation>
    </message>
    <message>
        <source>Tariff rate (0 to 65535)</source>
        <translation>费率（0 至 65535）</translation>
    </message>
    <message>
        <source>Meter factor (0 to 65535)</source>
        <translation>表计系数（0 至 65535）</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>all registers</source>
        <translation>全部寄存器</translation>
    </message>
    <message>
        <source>register %1</source>
        <translation>寄存器 %1</translation>
    </message>
    <message>
        <source>rate %1</source>
        <translation>费率 %1</translation>
    </message>
    <message>
        <source>factor %1</source>
        <translation>系数 %1</translation>
    </message>
    <message>
        <source>Give the limit in watts, more than 0.</source>
        <translation>请填写功率限值（单位：瓦），须大于 0。</translation>
    </message>
    <message>
        <source>The value is 0 to 65535.</source>
        <translation>数值须为 0 至 65535。</translation>
    </message>
    <message>
        <source>Another token was made for meter %1 meanwhile; make this one again.</source>
        <translation>在此期间已为表计 %1 生成了另一个令牌；请重新生成此令牌。</translation>
    </message>
    <message>
        <source>A supply group code has six digits.</source>
        <translation>供电组代码（SGC）为 6 位数字。</translation>
    </message>
    <message>
        <source>The tariff index is 0 to 99.</source>
        <translation>费率索引（TI）须为 0 至 99。</translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation>密钥版本号（KRN）须为 1 至 9。</translation>
    </message>
    <message>
        <source>Meter %1 already has SGC %2, TI %3 and KRN %4: there is nothing to change.</source>
        <translation>表计 %1 已是 SGC %2、TI %3、KRN %4，无需变更。</translation>
    </message>
    <message>
        <source>The key vault has no vending key for SGC %1, key revision %2: an administrator adds it first (Settings, Key vault).</source>
        <translation>密钥库中没有 SGC %1、密钥版本号 %2 的售电密钥：须先由管理员添加（“设置 &gt; 密钥库”）。</translation>
    </message>
    <message>
        <source>Meter %1 has no key change waiting.</source>
        <translation>表计 %1 没有待执行的密钥变更。</translation>
    </message>
    <message>
        <source>A token has only digits (spaces or dashes between the groups are fine).</source>
        <translation>令牌只能包含数字（各组之间可以有空格或短横线）。</translation>
    </message>
    <message numerus="yes">
        <source>A token has 20 digits; %n were typed.</source>
        <translation>
            <numerusform>令牌为 20 位数字；当前输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A vending key is written in hex digits (0 to 9 and a to f) only.</source>
        <translation>售电密钥只能由十六进制数字（0 至 9 和 a 至 f）组成。</translation>
    </message>
    <message numerus="yes">
        <source>A DKGA02 vending key has 16 hex digits; %n were typed.</source>
        <translation>
            <numerusform>DKGA02 售电密钥为 16 位十六进制数字；当前输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>%1 time units</source>
        <translation>%1 个时间单位</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>The meter&apos;s next key could not be tried: %1</source>
        <translation>无法尝试用表计的下一个密钥解码：%1</translation>
    </message>
    <message>
        <source>CRC error: the token does not open with this meter&apos;s key. Either a digit was typed or read out wrong (check all 20 digits with the customer), or the token was made for another meter or another key.</source>
        <translation>CRC 错误：用此表计的密钥无法解开该令牌。可能是某位数字输错或念错了（请与客户核对全部 20 位数字），也可能该令牌是为其他表计或其他密钥生成的。</translation>
    </message>
    <message>
        <source>It does not open with the meter&apos;s next key either.</source>
        <translation>用表计的下一个密钥也无法解开。</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>电量充值</translation>
    </message>
    <message>
        <source>Water credit</source>
        <translation>水量充值</translation>
    </message>
    <message>
        <source>Gas credit</source>
        <translation>气量充值</translation>
    </message>
    <message>
        <source>Time credit</source>
        <translation>时间充值</translation>
    </message>
    <message>
        <source>Currency credit</source>
        <translation>金额充值</translation>
    </message>
    <message>
        <source>Key change token, part %1</source>
        <translation>密钥变更令牌（第 %1 部分）</translation>
    </message>
    <message>
        <source>Meter test or display</source>
        <translation>表计测试或显示</translation>
    </message>
    <message>
        <source>Reserved token kind (class %1, subclass %2)</source>
        <translation>保留的令牌类型（类别 %1，子类别 %2）</translation>
    </message>
    <message>
        <source>It opened only with the meter&apos;s next key (SGC %1, TI %2, KRN %3), not with its present one.</source>
        <translation>该令牌只能用表计的下一个密钥（SGC %1、TI %2、KRN %3）解开，用当前密钥无法解开。</translation>
    </message>
    <message>
        <source>Sold on %1 in sale %2 (%3).</source>
        <translation>于 %1 在充值记录 %2 中售出（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>That sale began with %n key change token(s): the meter takes this token only after them, entered in order.</source>
        <translation>
            <numerusform>该笔充值以 %n 个密钥变更令牌开头：须先按顺序输入这些令牌，表计才会接受此令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on %1 by %2, approved by %3; the reason given: %4</source>
        <translation>由 %2 于 %1 生成，经 %3 授权；原因：%4</translation>
    </message>
    <message>
        <source>Not for this meter: the token is “%1”, but meter %2 counts %3.</source>
        <translation>不适用于此表计：该令牌为“%1”，而表计 %2 的计量单位是 %3。</translation>
    </message>
    <message>
        <source>The meter refuses this token until its key change tokens have been entered: it was made for the meter&apos;s next key. The key change tokens come first with the meter&apos;s next sale.</source>
        <translation>输入密钥变更令牌之前，表计会拒绝此令牌：它是用表计的下一个密钥生成的。该表计下次充值时会先给出密钥变更令牌。</translation>
    </message>
    <message>
        <source>Every STS meter takes this test or display token; it needs no key.</source>
        <translation>所有 STS 表计都接受此测试或显示令牌，无需密钥。</translation>
    </message>
    <message>
        <source>The meter takes this key change token once; key change tokens are entered first, in order, before the tokens made with the new key.</source>
        <translation>表计只接受此密钥变更令牌一次；须先按顺序输入密钥变更令牌，再输入用新密钥生成的令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Too old: %n later tokens were made for this meter since this one, and a meter remembers only about its latest %1 tokens; it refuses anything older.</source>
        <translation>
            <numerusform>令牌过旧：此后已为该表计生成了 %n 个令牌，而表计只记得最近约 %1 个令牌，会拒绝更早的令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used: a later token was made for this meter (this one&apos;s identifier %1 comes before the meter&apos;s last, %2). A meter takes each token once, so if the meter refuses this one, it was entered before.</source>
        <translation>已使用：此后已为该表计生成了更新的令牌（此令牌的标识 %1 早于表计最近的标识 %2）。每个令牌表计只接受一次，因此如果表计拒绝此令牌，说明之前已输入过。</translation>
    </message>
    <message numerus="yes">
        <source>%n later token(s) were made for this meter at this console.</source>
        <translation>
            <numerusform>本控制台此后又为该表计生成了 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: this is the newest token made for this meter, and the meter takes it once. If the meter refuses it now, it has been entered already: the meter&apos;s credit or setting shows it.</source>
        <translation>正常：这是为该表计生成的最新令牌，表计只接受一次。如果表计现在拒绝它，说明已经输入过：表计的余额或设置中可以看到。</translation>
    </message>
    <message>
        <source>OK: the meter takes this token once.</source>
        <translation>正常：表计只接受此令牌一次。</translation>
    </message>
    <message>
        <source>It is newer than the last token this console made for the meter, so it was made elsewhere (another outlet or the utility).</source>
        <translation>该令牌比本控制台为该表计生成的最近一个令牌更新，因此是在别处生成的（其他营业厅或公用事业公司）。</translation>
    </message>
    <message numerus="yes">
        <source>A DKGA04 vending key has 40 hex digits; %n were typed.</source>
        <translation>
            <numerusform>DKGA04 售电密钥为 40 位十六进制数字；当前输入了 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>Meter %1 answered, but the request went to meter %2; the reply was dropped.</source>
        <translation>表计 %1 作出了应答，但请求是发给表计 %2 的；已丢弃该应答。</translation>
    </message>
    <message>
        <source>A Modbus meter address is a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>Modbus 表计地址须为 %1 至 %2 之间的数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>Register map %1 has no value &quot;%2&quot; to read (it has: %3).</source>
        <translation>寄存器映射表 %1 中没有可读取的数据项“%2”（现有：%3）。</translation>
    </message>
    <message>
        <source>Register map %1 has no relay control.</source>
        <translation>寄存器映射表 %1 中没有继电器控制项。</translation>
    </message>
    <message>
        <source>A Modbus meter&apos;s relay can only be tripped or closed; register map %1 has no other relay command.</source>
        <translation>Modbus 表计的继电器只能拉闸或合闸；寄存器映射表 %1 中没有其他继电器命令。</translation>
    </message>
    <message>
        <source>Register map %1 has no money credit register.</source>
        <translation>寄存器映射表 %1 中没有金额充值寄存器。</translation>
    </message>
    <message>
        <source>A recharge must be for more than zero.</source>
        <translation>充值数额必须大于零。</translation>
    </message>
    <message>
        <source>The modbus protocol cannot build this command.</source>
        <translation>modbus 协议无法生成此命令。</translation>
    </message>
    <message>
        <source>A Modbus meter address must be between %1 and %2, not %3.</source>
        <translation>Modbus 表计地址须在 %1 至 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>Modbus register address %1 (and the %2 after it) is outside 0..65535.</source>
        <translation>Modbus 寄存器地址 %1（及其后 %2 个寄存器）超出了 0..65535 的范围。</translation>
    </message>
    <message>
        <source>The meter&apos;s %1 reply has the wrong length; the reply was dropped.</source>
        <translation>表计的 %1 应答长度错误；已丢弃该应答。</translation>
    </message>
    <message>
        <source>Function %1 is not a Modbus read.</source>
        <translation>功能码 %1 不是 Modbus 读功能码。</translation>
    </message>
    <message>
        <source>A Modbus read takes 1 to %1 items, not %2.</source>
        <translation>Modbus 一次读取 1 至 %1 项，而不是 %2 项。</translation>
    </message>
    <message>
        <source>A Modbus write takes 1 to %1 registers, not %2.</source>
        <translation>Modbus 一次写入 1 至 %1 个寄存器，而不是 %2 个。</translation>
    </message>
    <message>
        <source>This is not a Modbus request frame the console can send.</source>
        <translation>这不是本控制台可以发送的 Modbus 请求帧。</translation>
    </message>
    <message>
        <source>A Modbus reply failed its CRC check (line noise or a loose cable); it was dropped.</source>
        <translation>一个 Modbus 应答未通过 CRC 校验（线路干扰或线缆松动），已丢弃。</translation>
    </message>
    <message>
        <source>A Modbus reply has an impossible byte count; it was dropped.</source>
        <translation>一个 Modbus 应答的字节计数不合理，已丢弃。</translation>
    </message>
    <message>
        <source>The meter echoed a coil value other than on or off; the reply was dropped.</source>
        <translation>表计回显的线圈值既不是 ON 也不是 OFF；已丢弃该应答。</translation>
    </message>
    <message>
        <source>The meter answered with Modbus function %1, which the console does not use.</source>
        <translation>表计以 Modbus 功能码 %1 应答，本控制台不使用该功能码。</translation>
    </message>
    <message>
        <source>Meter %1 answered a request for meter %2.</source>
        <translation>表计 %1 应答了发给表计 %2 的请求。</translation>
    </message>
    <message>
        <source>The meter answered %1 to a %2 request.</source>
        <translation>表计对 %2 请求返回了 %1 应答。</translation>
    </message>
    <message>
        <source>The meter&apos;s %1 reply does not match the request (other registers or values); it was dropped.</source>
        <translation>表计的 %1 应答与请求不符（寄存器或数值不同）；已丢弃该应答。</translation>
    </message>
    <message>
        <source>The meter does not support this request (Modbus exception 01, illegal function). Check that the register map is the one for this meter model.</source>
        <translation>表计不支持此请求（Modbus 异常码 01，非法功能）。请检查所用寄存器映射表是否与该表计型号相符。</translation>
    </message>
    <message>
        <source>The meter has no such register (Modbus exception 02, illegal data address). Check that the register map is the one for this meter model.</source>
        <translation>表计没有此寄存器（Modbus 异常码 02，非法数据地址）。请检查所用寄存器映射表是否与该表计型号相符。</translation>
    </message>
    <message>
        <source>The meter refused the value (Modbus exception 03, illegal data value).</source>
        <translation>表计拒绝了该数值（Modbus 异常码 03，非法数据值）。</translation>
    </message>
    <message>
        <source>The meter failed while carrying out the request (Modbus exception 04, server device failure). The meter may need service.</source>
        <translation>表计执行请求时出现故障（Modbus 异常码 04，从站设备故障）。该表计可能需要检修。</translation>
    </message>
    <message>
        <source>The meter accepted the request but needs more time (Modbus exception 05, acknowledge). Read it again in a moment.</source>
        <translation>表计已接受请求，但需要更多时间处理（Modbus 异常码 05，确认）。请稍后再读取。</translation>
    </message>
    <message>
        <source>The meter is busy (Modbus exception 06, server device busy). Try again in a moment.</source>
        <translation>表计正忙（Modbus 异常码 06，从站设备忙）。请稍后重试。</translation>
    </message>
    <message>
        <source>The meter cannot carry out this request (Modbus exception 07, negative acknowledge).</source>
        <translation>表计无法执行此请求（Modbus 异常码 07，否定确认）。</translation>
    </message>
    <message>
        <source>The meter found a fault in its memory (Modbus exception 08, memory parity error). The meter may need service.</source>
        <translation>表计发现其存储器有故障（Modbus 异常码 08，存储奇偶性差错）。该表计可能需要检修。</translation>
    </message>
    <message>
        <source>The gateway has no path to the meter (Modbus exception 0A, gateway path unavailable).</source>
        <translation>网关没有通往该表计的路径（Modbus 异常码 0A，网关路径不可用）。</translation>
    </message>
    <message>
        <source>The meter behind the gateway did not answer (Modbus exception 0B, gateway target device failed to respond).</source>
        <translation>网关后面的表计没有应答（Modbus 异常码 0B，网关目标设备响应失败）。</translation>
    </message>
    <message>
        <source>The meter answered with Modbus exception %1, which the standard does not define.</source>
        <translation>表计以 Modbus 异常码 %1 应答，该异常码在标准中没有定义。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write it like 100 or 100.50.</source>
        <translation>“%1”不是有效金额，请按 100 或 100.50 的格式填写。</translation>
    </message>
    <message>
        <source>An amount of money has at most two decimal places (fen).</source>
        <translation>金额最多保留两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>OpenAccountDialog</name>
    <message>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>&amp;Utility</source>
        <translation>业务类型(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation>价格方案(&amp;T)</translation>
    </message>
    <message>
        <source>Account &amp;no.</source>
        <translation>账户号(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The first operator must be an administrator.</source>
        <translation>第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须由 2 至 32 个字母、数字、点、短横线或下划线组成。</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name (at most 60 characters).</source>
        <translation>请输入操作员姓名（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password could not be protected (random source failed).</source>
        <translation>无法加密保存密码（随机数生成失败）。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>该操作员不存在。</translation>
    </message>
</context>
<context>
    <name>PcscCard</name>
    <message>
        <source>A card command cannot carry more than 255 bytes.</source>
        <translation>一条卡命令最多携带 255 字节数据。</translation>
    </message>
    <message>
        <source>A card command cannot ask for more than 256 bytes.</source>
        <translation>一条卡命令最多请求 256 字节数据。</translation>
    </message>
    <message>
        <source>The card gave an answer that makes no sense. Take it out, put it back and try again.</source>
        <translation>卡返回了无法解析的应答。请取出卡后重新插入再试。</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>This file is not a Qt plugin: it has no plugin metadata.</source>
        <translation>此文件不是 Qt 插件：没有插件元数据。</translation>
    </message>
    <message>
        <source>It implements %1, which is not a PrepayDesk driver interface.</source>
        <translation>该插件实现的是 %1，不是 PrepayDesk 驱动接口。</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>无接口</translation>
    </message>
    <message>
        <source>It was built for %1 %2; this console speaks %1 %3.</source>
        <translation>该插件是为 %1 %2 构建的；本控制台支持的是 %1 %3。</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>（无版本）</translation>
    </message>
    <message>
        <source>It implements %1 %2, an interface this console does not know.</source>
        <translation>该插件实现的是 %1 %2，本控制台不认识此接口。</translation>
    </message>
    <message>
        <source>A plugin named %1 is already loaded from %2.</source>
        <translation>已从 %2 加载了名为 %1 的插件。</translation>
    </message>
    <message>
        <source>It would not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>PrepayCardFormat</name>
    <message>
        <source>The card is blank: nothing has been written on it yet. Issue it for a meter first.</source>
        <translation>这是空白卡：尚未写入任何数据。请先为表计开卡。</translation>
    </message>
    <message>
        <source>A card serial is %1 bytes; this one is %2.</source>
        <translation>卡号应为 %1 字节；此卡号为 %2 字节。</translation>
    </message>
    <message>
        <source>The card key must be %1 bytes; this one is %2.</source>
        <translation>卡密钥必须为 %1 字节；此密钥为 %2 字节。</translation>
    </message>
    <message>
        <source>The card&apos;s data area is %1 bytes; the PrepayDesk format needs %2.</source>
        <translation>卡的数据区为 %1 字节；PrepayDesk 卡格式需要 %2 字节。</translation>
    </message>
    <message>
        <source>The %1 on the card (%2) is impossible: it must be from 0 to %3.</source>
        <translation>卡上的%1（%2）无效：须在 0 至 %3 之间。</translation>
    </message>
    <message>
        <source>The card has data but no serial: it was not issued by PrepayDesk.</source>
        <translation>卡中有数据但没有卡号：不是由 PrepayDesk 开卡的。</translation>
    </message>
    <message>
        <source>This is not a PrepayDesk card: its data is in another format (another vendor&apos;s card?).</source>
        <translation>这不是 PrepayDesk 卡：其数据为其他格式（可能是其他厂商的卡）。</translation>
    </message>
    <message>
        <source>This card is in version %1 of the PrepayDesk card format, which this PrepayDesk cannot read: update PrepayDesk.</source>
        <translation>此卡采用第 %1 版 PrepayDesk 卡格式，当前版本的 PrepayDesk 无法读取：请升级 PrepayDesk。</translation>
    </message>
    <message>
        <source>The card data was altered or damaged (its check code does not match this card and utility): do not load it; take the card back and issue a replacement.</source>
        <translation>卡数据已被篡改或损坏（校验码与此卡及本单位不符）：请勿将其插入表计使用；请收回此卡并办理补卡。</translation>
    </message>
    <message>
        <source>The card type %1 is unknown.</source>
        <translation>未知的卡类型 %1。</translation>
    </message>
    <message>
        <source>The credit unit %1 on the card is unknown.</source>
        <translation>卡上的充值单位 %1 未知。</translation>
    </message>
    <message>
        <source>The utility code on the card is not 6 digits.</source>
        <translation>卡上的单位代码不是 6 位数字。</translation>
    </message>
    <message>
        <source>The card sets flags this format does not define.</source>
        <translation>卡上设置了本格式未定义的标志位。</translation>
    </message>
    <message>
        <source>The meter number on the card is not plain text.</source>
        <translation>卡上的表号不是纯文本。</translation>
    </message>
    <message>
        <source>The customer number on the card is not plain text.</source>
        <translation>卡上的客户编号不是纯文本。</translation>
    </message>
    <message>
        <source>The card names a replaced card without being a replacement card.</source>
        <translation>此卡不是补卡，却注明了被替换的卡。</translation>
    </message>
    <message>
        <source>The card&apos;s reserved bytes are not zero.</source>
        <translation>卡的保留字节不为零。</translation>
    </message>
    <message>
        <source>The card names itself as the card it replaces.</source>
        <translation>此卡将自身注明为被替换的卡。</translation>
    </message>
    <message>
        <source>The meter&apos;s data on the card was altered or damaged (its check code does not match): do not trust it; put the card in the meter again.</source>
        <translation>卡上的表计回写数据已被篡改或损坏（校验码不符）：请勿采信；请将卡重新插入表计。</translation>
    </message>
    <message>
        <source>The meter wrote version %1 of the PrepayDesk write-back, which this PrepayDesk cannot read: update PrepayDesk.</source>
        <translation>表计写入的是第 %1 版 PrepayDesk 回写数据，当前版本的 PrepayDesk 无法读取：请升级 PrepayDesk。</translation>
    </message>
    <message>
        <source>The meter&apos;s status on the card sets bits this format does not define.</source>
        <translation>卡上的表计状态设置了本格式未定义的位。</translation>
    </message>
    <message>
        <source>The card holds more meter readings than the format allows.</source>
        <translation>卡上的表计读数条数超过了格式允许的上限。</translation>
    </message>
    <message>
        <source>The card&apos;s unused reading slots are not empty.</source>
        <translation>卡上未使用的读数位置不为空。</translation>
    </message>
    <message>
        <source>A reading date on the card is not a date.</source>
        <translation>卡上的某个读数日期不是有效日期。</translation>
    </message>
    <message>
        <source>The credit unit is unknown.</source>
        <translation>充值单位未知。</translation>
    </message>
    <message>
        <source>The utility code is 6 digits (&quot;%1&quot; is not).</source>
        <translation>单位代码须为 6 位数字（“%1”不符合）。</translation>
    </message>
    <message>
        <source>The %1 on a card is up to %2 letters, digits or signs without accents (&quot;%3&quot; is not).</source>
        <translation>卡上的%1最多为 %2 个字母、数字或不带重音的符号（“%3”不符合）。</translation>
    </message>
    <message>
        <source>The %1 on a card does not begin or end with a space.</source>
        <translation>卡上的%1不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>A customer&apos;s card names the meter it is for.</source>
        <translation>用户卡必须注明所属表计。</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>充值额</translation>
    </message>
    <message>
        <source>alarm level</source>
        <translation>报警值</translation>
    </message>
    <message>
        <source>overdraft</source>
        <translation>透支额</translation>
    </message>
    <message>
        <source>maximum balance</source>
        <translation>表内最大余额</translation>
    </message>
    <message>
        <source>price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>The price version is from 0 to 65535.</source>
        <translation>价格版本号须在 0 至 65535 之间。</translation>
    </message>
    <message>
        <source>An engineer&apos;s card carries no credit.</source>
        <translation>工程卡不能携带充值。</translation>
    </message>
    <message>
        <source>A tool card opens or closes the valve (action 1 or 2).</source>
        <translation>工具卡用于开阀或关阀（操作 1 或 2）。</translation>
    </message>
    <message>
        <source>Only a tool card carries a valve or relay action.</source>
        <translation>只有工具卡才能携带阀门或继电器操作。</translation>
    </message>
    <message>
        <source>Only a customer&apos;s card can replace another card.</source>
        <translation>只有用户卡才能替换另一张卡。</translation>
    </message>
    <message>
        <source>The replaced card&apos;s serial is 8 bytes (not all 00 or FF).</source>
        <translation>被替换卡的卡号为 8 字节（不能全为 00 或 FF）。</translation>
    </message>
    <message>
        <source>credit left in the meter</source>
        <translation>表内剩余额</translation>
    </message>
    <message>
        <source>cumulative use</source>
        <translation>累计用量</translation>
    </message>
    <message>
        <source>A card holds up to %1 meter readings.</source>
        <translation>一张卡最多保存 %1 条表计读数。</translation>
    </message>
    <message>
        <source>A reading on the card has no valid date.</source>
        <translation>卡上的某条读数没有有效日期。</translation>
    </message>
    <message>
        <source>meter reading</source>
        <translation>表计读数</translation>
    </message>
    <message>
        <source>The readings on the card are not newest first.</source>
        <translation>卡上的读数未按从新到旧排列。</translation>
    </message>
    <message>
        <source>The meter time on the card is out of range (1970 to 2106).</source>
        <translation>卡上的表计时间超出范围（1970 至 2106 年）。</translation>
    </message>
    <message>
        <source>The card has no serial yet: personalise it first.</source>
        <translation>此卡尚无卡号：请先进行个人化。</translation>
    </message>
    <message>
        <source>A card cannot replace itself.</source>
        <translation>卡不能替换其自身。</translation>
    </message>
</context>
<context>
    <name>PrintRow</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print %1 (Ctrl+P)</source>
        <translation>打印%1 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save %1 as a PDF file (Ctrl+S)</source>
        <translation>将%1保存为 PDF 文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; write it like 12 or 12.345.</source>
        <translation>“%1”不是有效数量，请按 12 或 12.345 的格式填写。</translation>
    </message>
    <message>
        <source>A quantity has at most three decimal places.</source>
        <translation>数量最多保留三位小数。</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>数量过大。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Electricity purchase receipt</source>
        <translation>购电票据</translation>
    </message>
    <message>
        <source>Water purchase receipt</source>
        <translation>购水票据</translation>
    </message>
    <message>
        <source>Gas purchase receipt</source>
        <translation>购气票据</translation>
    </message>
    <message>
        <source>DELIVERY NOT CONFIRMED. The credit is kept and will be finished or voided at the counter.</source>
        <translation>未确认到账。本次充值已保留，将在柜台完成或作废。</translation>
    </message>
    <message>
        <source>NOT DELIVERED. The payment was returned.</source>
        <translation>未到账。款项已退还。</translation>
    </message>
    <message>
        <source>VOIDED. This credit was cancelled and the payment returned.</source>
        <translation>已作废。本次充值已取消，款项已退还。</translation>
    </message>
    <message>
        <source>REVERSED. This sale was undone and the payment returned.</source>
        <translation>已冲正。本次充值已撤销，款项已退还。</translation>
    </message>
    <message>
        <source>REPRINT %1</source>
        <translation>补打（第 %1 次）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>价格方案</translation>
    </message>
    <message>
        <source>Prices from</source>
        <translation>价格生效日期</translation>
    </message>
    <message numerus="yes">
        <source>Fixed charge, %n month(s)</source>
        <translation>
            <numerusform>固定费用（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>欠款回收</translation>
    </message>
    <message>
        <source>Free units %1 %2</source>
        <translation>免费额度 %1 %2</translation>
    </message>
    <message>
        <source>Block %1: %2 %3 x %4</source>
        <translation>第 %1 阶梯：%2 %3 x %4</translation>
    </message>
    <message>
        <source>Credit loaded</source>
        <translation>充入金额</translation>
    </message>
    <message>
        <source>of which tax</source>
        <translation>其中税额</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>实付合计</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Units credited</source>
        <translation>充入量</translation>
    </message>
    <message>
        <source>of which free</source>
        <translation>其中免费</translation>
    </message>
    <message>
        <source>Money credited</source>
        <translation>充入金额</translation>
    </message>
    <message>
        <source>Debt still owed</source>
        <translation>剩余欠款</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>充值码</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Keep this receipt until the credit shows on the meter.</source>
        <translation>请保留本票据，直至表上显示充值已到账。</translation>
    </message>
    <message>
        <source>%1. Key change token %2 of %3</source>
        <translation>%1. 密钥变更令牌（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>%1. Credit token</source>
        <translation>%1. 充值令牌</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>The printer or file could not be drawn on.</source>
        <translation>无法向打印机或文件输出内容。</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 mm 热敏纸卷</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 mm 热敏纸卷</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4 纸</translation>
    </message>
</context>
<context>
    <name>RegionService</name>
    <message>
        <source>A region has at most four levels: city / district / community / building.</source>
        <translation>区域最多分四级：城市 / 区县 / 社区 / 楼栋。</translation>
    </message>
    <message>
        <source>A region name has at most 100 characters.</source>
        <translation>区域名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>A region name contains a control character.</source>
        <translation>区域名称中包含控制字符，请删除后重试。</translation>
    </message>
</context>
<context>
    <name>RegisterMap</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Register map %1: %2</source>
        <translation>寄存器映射表 %1：%2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known fields: %2).</source>
        <translation>未知字段“%1”（可用字段：%2）。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>第 %1 个数据项</translation>
    </message>
    <message>
        <source>each value must be an object.</source>
        <translation>每个数据项都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation>数据项“%1”</translation>
    </message>
    <message>
        <source>a name is lower-case letters, digits, &quot;_&quot; and &quot;.&quot; (&quot;balance.money&quot;).</source>
        <translation>名称只能由小写字母、数字、&quot;_&quot; 和 &quot;.&quot; 组成（如 &quot;balance.money&quot;）。</translation>
    </message>
    <message>
        <source>&quot;unit&quot; must be a text (&quot;kWh&quot;, &quot;yuan&quot;, or &quot;&quot;).</source>
        <translation>&quot;unit&quot; 必须是文本（&quot;kWh&quot;、&quot;yuan&quot; 或 &quot;&quot;）。</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (coil, discrete, input or holding).</source>
        <translation>未知的寄存器表“%1”（应为 coil、discrete、input 或 holding）。</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (bool, uint16, int16, uint32, int32 or float32).</source>
        <translation>未知的类型“%1”（应为 bool、uint16、int16、uint32、int32 或 float32）。</translation>
    </message>
    <message>
        <source>coils and discrete inputs are &quot;bool&quot;; registers are not.</source>
        <translation>线圈和离散输入的类型为 &quot;bool&quot;，寄存器则不能是 &quot;bool&quot;。</translation>
    </message>
    <message>
        <source>&quot;wordOrder&quot; is &quot;high-first&quot; or &quot;low-first&quot;.</source>
        <translation>&quot;wordOrder&quot; 须为 &quot;high-first&quot; 或 &quot;low-first&quot;。</translation>
    </message>
    <message>
        <source>&quot;access&quot; is &quot;read&quot;, &quot;write&quot; or &quot;read-write&quot;.</source>
        <translation>&quot;access&quot; 须为 &quot;read&quot;、&quot;write&quot; 或 &quot;read-write&quot;。</translation>
    </message>
    <message>
        <source>discrete inputs and input registers cannot be written.</source>
        <translation>离散输入和输入寄存器不能写入。</translation>
    </message>
    <message>
        <source>&quot;writeFunction&quot; must be 5 for a coil, 6 (one register) or 16 for holding registers, and only on a value that can be written.</source>
        <translation>&quot;writeFunction&quot; 对线圈须为 5，对保持寄存器须为 6（单个寄存器）或 16，且只能用于可写入的数据项。</translation>
    </message>
    <message>
        <source>the value runs past register address 65535.</source>
        <translation>该数据项超出了寄存器地址 65535。</translation>
    </message>
    <message>
        <source>&quot;states&quot; is an object of raw integer values to texts, and not for float32.</source>
        <translation>&quot;states&quot; 须为从原始整数值到文本的映射对象，且不能用于 float32。</translation>
    </message>
    <message>
        <source>&quot;states&quot; maps a raw integer (&quot;0&quot;) to a text, not &quot;%1&quot;.</source>
        <translation>&quot;states&quot; 须把原始整数（如 &quot;0&quot;）映射为文本；“%1”不符合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (digits, with an optional decimal point).</source>
        <translation>“%1”不是有效的数量（应为数字，可带小数点）。</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2).</source>
        <translation>第 %1 个字符处不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object.</source>
        <translation>文件必须只包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>format %1 is not known to this version of PrepayDesk (it reads format %2).</source>
        <translation>此版本的 PrepayDesk 不认识格式 %1（只能读取格式 %2）。</translation>
    </message>
    <message>
        <source>the id is lower-case letters, digits and &quot;-&quot; (&quot;generic-prepaid&quot;).</source>
        <translation>id 只能由小写字母、数字和 &quot;-&quot; 组成（如 &quot;generic-prepaid&quot;）。</translation>
    </message>
    <message>
        <source>&quot;parity&quot; is &quot;none&quot;, &quot;even&quot; or &quot;odd&quot;.</source>
        <translation>&quot;parity&quot; 须为 &quot;none&quot;、&quot;even&quot; 或 &quot;odd&quot;。</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list with at least one value.</source>
        <translation>&quot;values&quot; 必须是至少包含一个数据项的列表。</translation>
    </message>
    <message>
        <source>the name is used twice.</source>
        <translation>该名称被使用了两次。</translation>
    </message>
    <message>
        <source>%1 %2..%3 overlaps value &quot;%4&quot; (%1 %5..%6).</source>
        <translation>%1 %2..%3 与数据项“%4”（%1 %5..%6）重叠。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is not among the values.</source>
        <translation>“%1”指定的“%2”不在数据项列表中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which cannot be written.</source>
        <translation>“%1”指定的“%2”不可写入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which cannot be read.</source>
        <translation>“%1”指定的“%2”不可读取。</translation>
    </message>
    <message>
        <source>credit is written to an integer register (an amount cannot be a bit, and a float cannot carry money exactly).</source>
        <translation>充值必须写入整数寄存器（金额不能是位值，浮点数也无法精确表示金额）。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;money&quot; or &quot;units&quot;.</source>
        <translation>&quot;kind&quot; 须为 &quot;money&quot; 或 &quot;units&quot;。</translation>
    </message>
    <message>
        <source>&quot;trip&quot; and &quot;close&quot; must differ.</source>
        <translation>&quot;trip&quot; 和 &quot;close&quot; 的值必须不同。</translation>
    </message>
    <message>
        <source>Register map %1 cannot be read: %2</source>
        <translation>无法读取寄存器映射表 %1：%2</translation>
    </message>
    <message>
        <source>There is no Modbus register map &quot;%1&quot; (known maps: %2).</source>
        <translation>没有名为“%1”的 Modbus 寄存器映射表（现有：%2）。</translation>
    </message>
    <message>
        <source>Register map %1.json says its id is &quot;%2&quot;; the file name and the id must match.</source>
        <translation>寄存器映射表 %1.json 中的 id 为“%2”；文件名与 id 必须一致。</translation>
    </message>
    <message>
        <source>The meter sent %1 registers for &quot;%2&quot;, which needs %3.</source>
        <translation>表计为“%2”返回了 %1 个寄存器，而该数据项需要 %3 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a float32, not an integer.</source>
        <translation>“%1”是 float32 类型，不是整数。</translation>
    </message>
    <message>
        <source>The meter reported &quot;%1&quot; as a value that is not a usable number.</source>
        <translation>表计返回的“%1”不是可用的数值。</translation>
    </message>
    <message>
        <source>%1 does not fit &quot;%2&quot; (%3, %4 to %5).</source>
        <translation>%1 超出了“%2”的范围（%3，%4 至 %5）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a float32, which the console does not write.</source>
        <translation>“%1”是 float32 类型，本控制台不写入此类型。</translation>
    </message>
    <message>
        <source>%1 is too large for &quot;%2&quot;.</source>
        <translation>%1 超出了“%2”的最大值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes amounts in steps of %2 %3; %4 is not a whole number of steps.</source>
        <translation>“%1”的数值步长为 %2 %3；%4 不是步长的整数倍。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>“%1”不可读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>“%1”不可写入。</translation>
    </message>
</context>
<context>
    <name>SaleText</name>
    <message numerus="yes">
        <source>Fixed charge, %n month(s)</source>
        <translation>
            <numerusform>固定费用（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>欠款回收</translation>
    </message>
    <message>
        <source>Free units</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>第 %1 阶梯</translation>
    </message>
    <message>
        <source>Money credit</source>
        <translation>充入金额</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Pending: delivery not confirmed</source>
        <translation>待完成：未确认到账</translation>
    </message>
</context>
<context>
    <name>SerialMeterCarrier</name>
    <message>
        <source>The sale has no meter to load the credit into.</source>
        <translation>该笔充值没有可写入的表计。</translation>
    </message>
    <message>
        <source>The sale&apos;s meter is not in the database.</source>
        <translation>该笔充值的表计不在数据库中。</translation>
    </message>
    <message>
        <source>Meter %1 speaks Modbus, and credit cannot be loaded into Modbus meters at the counter: their credit register carries no purchase count, so a purchase whose answer was lost could be loaded twice. Sell this meter&apos;s credit another way.</source>
        <translation>表计 %1 使用 Modbus 协议，柜台无法向 Modbus 表计写入充值：其充值寄存器不带购买次数，应答丢失时可能重复充值。请用其他方式为该表充值。</translation>
    </message>
    <message>
        <source>Meter %1 has the protocol &quot;%2&quot;; credit is loaded at the counter into DL/T 645 and CJ/T 188 meters only. Correct the meter&apos;s protocol.</source>
        <translation>表计 %1 的协议为“%2”；柜台只能向 DL/T 645 和 CJ/T 188 表计写入充值。请更正该表的协议。</translation>
    </message>
    <message>
        <source>The %1 meter driver is not loaded (Settings, Plugins): credit cannot be loaded into meter %2.</source>
        <translation>%1 表计驱动未加载（设置 &gt; 插件）：无法向表计 %2 写入充值。</translation>
    </message>
    <message>
        <source>The number of meter %1 is not a %2 meter address.</source>
        <translation>表计 %1 的表号不是有效的 %2 表计通信地址。</translation>
    </message>
    <message>
        <source>DL/T 645 meters take purchases sealed by the vendor&apos;s security module (ESAM/PSAM), and this console has none: credit cannot be loaded into meter %1.</source>
        <translation>DL/T 645 表计只接受经厂商安全模块（ESAM/PSAM）加密的购电，本控制台没有安全模块：无法向表计 %1 写入充值。</translation>
    </message>
    <message>
        <source>This console&apos;s security module (%1) is a stand-in for the meter simulator and tests, never for real meters, and meter %2 is on %3, not on the simulator. Install the vendor&apos;s security module to load credit into it.</source>
        <translation>本控制台的安全模块（%1）仅供表计模拟器和测试使用，不能用于真实表计；表计 %2 位于 %3，不是模拟器。请安装厂商的安全模块后再为其充值。</translation>
    </message>
    <message>
        <source>The sale is too small to load into a meter: at least 0.01 is loaded.</source>
        <translation>充值金额过小，无法写入表计：至少写入 0.01。</translation>
    </message>
    <message>
        <source>A CJ/T 188 meter takes at most 999999.99 in one purchase.</source>
        <translation>CJ/T 188 表计单次购买最多 999999.99。</translation>
    </message>
    <message>
        <source>Meter %1 does not answer on %2: check that it is connected to the counter&apos;s line and has power.</source>
        <translation>表计 %1 在 %2 上无应答：请检查它是否已接到柜台线路并已通电。</translation>
    </message>
    <message>
        <source>The port %1 for meter %2 is not there: check the adapter or the simulator.</source>
        <translation>表计 %2 的端口 %1 不存在：请检查转接器或模拟器。</translation>
    </message>
    <message>
        <source>Meter %1 on %2: %3</source>
        <translation>表计 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Meter %1 did not give its %2: %3</source>
        <translation>表计 %1 未返回其%2：%3</translation>
    </message>
    <message>
        <source>Meter %1 answered without its %2.</source>
        <translation>表计 %1 的应答中没有%2。</translation>
    </message>
    <message>
        <source>%1 The tariff loads money: is the meter set to count money?</source>
        <translation>%1 该价格方案按金额充值：表计是否设为金额计费？</translation>
    </message>
    <message>
        <source>%1 The tariff loads units: is the meter set to count units?</source>
        <translation>%1 该价格方案按数量充值：表计是否设为数量计费？</translation>
    </message>
    <message>
        <source>Meter %1 has its purchase %2, but of %3, not of this sale&apos;s %4: it may be another sale&apos;s. The sale stays pending until an engineer has read the meter.</source>
        <translation>表计 %1 已有第 %2 次购买，但金额为 %3，而非本笔充值的 %4：可能属于另一笔充值。在表计工程师读表之前，本笔充值保持待完成状态。</translation>
    </message>
    <message>
        <source>Sale %1 for meter %2 is still pending: finish or void it first (its credit may already be in the meter). Nothing was sold.</source>
        <translation>表计 %2 的充值记录 %1 仍待完成：请先将其完成或作废（其充值可能已在表内）。本次未充值。</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>本次未充值。</translation>
    </message>
    <message>
        <source>Meter %1 has had %2 purchases, the most its counter holds: an engineer must reset it before it takes another.</source>
        <translation>表计 %1 已购买 %2 次，达到其计数上限：须由表计工程师复位后才能再次购买。</translation>
    </message>
    <message>
        <source>Credit for meter %1, its purchase %2, sent straight to the meter at the counter: there is nothing to key in.</source>
        <translation>表计 %1 的第 %2 次购买已在柜台直接写入表计：无需输入。</translation>
    </message>
    <message>
        <source>The meter takes hundredths of a unit: %1 of the %2 sold are loaded.</source>
        <translation>表计以百分之一单位计量：售出的 %2 中写入了 %1。</translation>
    </message>
    <message>
        <source>Sale %1 has no purchase count in its credit code: it was not made for a meter at the counter.</source>
        <translation>充值记录 %1 的充值码中没有购买次数：它不是为柜台表计办理的。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent; the sale stays pending.</source>
        <translation>未发送任何内容；本笔充值保持待完成状态。</translation>
    </message>
    <message>
        <source>Meter %1 shows purchase %2, but this sale is its purchase %3: another purchase reached the meter since the sale was recorded. Nothing was sent; an engineer should read the meter before the sale is finished or voided.</source>
        <translation>表计 %1 显示第 %2 次购买，而本笔充值是其第 %3 次购买：记录本笔充值后已有另一笔购买写入该表。未发送任何内容；完成或作废本笔充值前，应由表计工程师读表。</translation>
    </message>
    <message>
        <source>Meter %1 counted purchase %2, but its balance rose by %3, not by the %4 loaded: the sale stays pending until an engineer has read the meter.</source>
        <translation>表计 %1 已计入第 %2 次购买，但余额增加了 %3，而非写入的 %4：在表计工程师读表之前，本笔充值保持待完成状态。</translation>
    </message>
    <message>
        <source>The purchase was sent to meter %1, but no confirmation came back: %2 The sale stays pending: finish it once the meter answers; it cannot be loaded twice.</source>
        <translation>购买已发送至表计 %1，但未收到确认：%2 本笔充值保持待完成状态：表计应答后请将其完成；不会重复充值。</translation>
    </message>
    <message>
        <source>Meter %1 %2, but could not be read back (%3). The sale stays pending: finish it once the meter answers.</source>
        <translation>表计 %1 %2，但无法回读（%3）。本笔充值保持待完成状态：表计应答后请将其完成。</translation>
    </message>
    <message>
        <source>refused the purchase</source>
        <translation>拒绝了购买</translation>
    </message>
    <message>
        <source>took the purchase</source>
        <translation>已接受购买</translation>
    </message>
    <message>
        <source>Meter %1 did not take the purchase. %2 Nothing was loaded.</source>
        <translation>表计 %1 未接受购买。%2 未写入任何充值。</translation>
    </message>
    <message>
        <source>Meter %1 %2, but now shows purchase %3 where %4 was expected. The sale stays pending until an engineer has read the meter.</source>
        <translation>表计 %1 %2，但现在显示第 %3 次购买，而预期为第 %4 次。在表计工程师读表之前，本笔充值保持待完成状态。</translation>
    </message>
    <message>
        <source>confirmed the purchase</source>
        <translation>已确认购买</translation>
    </message>
    <message>
        <source>Meter %1 shows purchase %2; this sale is its purchase %3. Whether its credit arrived cannot be told from the meter: an engineer should read the meter.</source>
        <translation>表计 %1 显示第 %2 次购买；本笔充值是其第 %3 次购买。无法从表计判断充值是否到账：应由表计工程师读表。</translation>
    </message>
</context>
<context>
    <name>SerialSettings</name>
    <message>
        <source>Write the line settings as speed and format, for example &quot;2400 8E1&quot;.</source>
        <translation>请按“波特率 字符格式”填写线路参数，例如 &quot;2400 8E1&quot;。</translation>
    </message>
    <message>
        <source>%1 is not a serial line speed.</source>
        <translation>%1 不是有效的串口波特率。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte format: write data bits, parity (N, E or O) and stop bits, as &quot;8E1&quot;.</source>
        <translation>“%1”不是有效的字符格式：请依次填写数据位、校验位（N、E 或 O）和停止位，例如 &quot;8E1&quot;。</translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>The cash float must be between 0 and 100,000.00.</source>
        <translation>备用金须在 0 至 100,000.00 之间。</translation>
    </message>
    <message>
        <source>%1 already has an open shift.</source>
        <translation>%1 已开班，尚未结班。</translation>
    </message>
    <message>
        <source>cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>班次 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an RMB note or coin.</source>
        <translation>%1 不是人民币纸币或硬币的面额。</translation>
    </message>
    <message>
        <source>Count each denomination from 0 to 100,000 pieces.</source>
        <translation>每种面额的数量须在 0 至 100,000 张（枚）之间。</translation>
    </message>
    <message>
        <source>%1 has no open shift to close.</source>
        <translation>%1 没有可结班的班次。</translation>
    </message>
    <message numerus="yes">
        <source>%n vend(s) of this shift are still pending; finish or void them before closing.</source>
        <translation>
            <numerusform>本班次仍有 %n 笔充值待完成；请先完成或作废，再结班。</numerusform>
        </translation>
    </message>
    <message>
        <source>The counted cash (%1) differs from the expected (%2) by %3: a supervisor must approve the closing.</source>
        <translation>现金实点（%1）与应有金额（%2）相差 %3：须经值班主管授权才能结班。</translation>
    </message>
    <message>
        <source>A cash difference must be approved by a supervisor other than the cashier.</source>
        <translation>现金差额须由收银员本人以外的值班主管授权。</translation>
    </message>
    <message>
        <source>Say why the cash differs.</source>
        <translation>请说明现金差额的原因。</translation>
    </message>
    <message>
        <source>Z REPORT - SHIFT %1</source>
        <translation>结班报表 - 班次 %1</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结班时间</translation>
    </message>
    <message>
        <source>Sales by utility</source>
        <translation>按业务类型汇总</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vend(s))</source>
        <translation>
            <numerusform>%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>  units</source>
        <translation>  数量</translation>
    </message>
    <message>
        <source>  of which tax</source>
        <translation>  其中税额</translation>
    </message>
    <message>
        <source>By tariff block</source>
        <translation>按价格阶梯汇总</translation>
    </message>
    <message>
        <source>%1 block %2: %3 %4</source>
        <translation>%1第 %2 阶梯：%3 %4</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>欠款回收</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式汇总</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>扫码支付</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payment(s))</source>
        <translation>
            <numerusform>%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided (%n)</source>
        <translation>
            <numerusform>已作废（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reversed (%n)</source>
        <translation>
            <numerusform>已冲正（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>待完成笔数</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash returned</source>
        <translation>现金退还</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>现金应有</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>现金实点</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
</context>
<context>
    <name>Sle4442</name>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s 256 bytes.</source>
        <translation>第 %1 至 %2 字节超出了卡的 256 字节范围。</translation>
    </message>
    <message>
        <source>The reader refused %1 (status %2): is this a SLE4442 card in a reader that supports memory cards?</source>
        <translation>读卡器拒绝了 %1（状态 %2）：请确认这是 SLE4442卡，且读卡器支持存储卡。</translation>
    </message>
    <message>
        <source>Only bytes 00 to 1F of a SLE4442 card can be write-protected.</source>
        <translation>SLE4442卡只有 00 至 1F 字节可以写保护。</translation>
    </message>
    <message>
        <source>A SLE4442 PSC is 3 bytes; this one has %1.</source>
        <translation>SLE4442卡的密码（PSC）为 3 字节；此密码为 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Sle4442Memory</name>
    <message>
        <source>The reader cannot switch to SLE4442 memory cards (status %1): is this a SLE4442 card in a reader that supports memory cards?</source>
        <translation>读卡器无法切换到 SLE4442逻辑加密卡模式（状态 %1）：请确认这是 SLE4442卡，且读卡器支持存储卡。</translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s 256 bytes.</source>
        <translation>第 %1 至 %2 字节超出了卡的 256 字节范围。</translation>
    </message>
    <message>
        <source>Bytes %1 to %2 are outside the card&apos;s %3-byte area.</source>
        <translation>第 %1 至 %2 字节超出了卡的 %3 字节数据区。</translation>
    </message>
    <message>
        <source>A SLE4442 PSC is 3 bytes; this one has %1.</source>
        <translation>SLE4442卡的密码（PSC）为 3 字节；此密码为 %1 字节。</translation>
    </message>
    <message>
        <source>This card is locked (no PSC tries left): it can still be read, but never written.</source>
        <translation>此卡已锁定：密码（PSC）已无剩余尝试次数。卡仍可读取，但再也无法写入。</translation>
    </message>
    <message>
        <source>This card has a single PSC try left. A supervisor must approve the last try: a wrong PSC now would lock the card for good.</source>
        <translation>此卡的密码（PSC）只剩一次尝试机会。最后一次尝试须经值班主管授权：此时若密码错误，卡将被永久锁定。</translation>
    </message>
    <message>
        <source>Wrong PSC: the card is now locked (no tries left). It can no longer be written.</source>
        <translation>密码（PSC）错误：卡现已锁定（无剩余尝试次数），无法再写入。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PSC: %n tries left on this card.</source>
        <translation>
            <numerusform>密码（PSC）错误：此卡还剩 %n 次尝试机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the card failed (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation>写卡失败（%1）。请重新插卡并再次读卡：卡中可能已有部分新数据。</translation>
    </message>
    <message>
        <source>The card refused the write of bytes %1 to %2 (status %3).</source>
        <translation>卡拒绝写入第 %1 至 %2 字节（状态 %3）。</translation>
    </message>
    <message>
        <source>The card was written but could not be read back to check it (%1). Put the card back and read it again: it may hold part of the new data.</source>
        <translation>卡已写入，但无法回读校验（%1）。请重新插卡并再次读卡：卡中可能已有部分新数据。</translation>
    </message>
    <message>
        <source>The card did not take the data: it is protected or not unlocked.</source>
        <translation>卡未接受数据：卡已写保护或尚未解锁。</translation>
    </message>
    <message>
        <source>A card serial is 8 bytes and not all FF.</source>
        <translation>卡号为 8 字节，且不能全为 FF。</translation>
    </message>
    <message>
        <source>The card&apos;s new PSC must not be the transport code FF FF FF.</source>
        <translation>卡的新密码（PSC）不能是出厂传输码 FF FF FF。</translation>
    </message>
    <message>
        <source>This card has already been issued (serial %1): it cannot be personalised again.</source>
        <translation>此卡已开卡（卡号 %1）：不能再次个人化。</translation>
    </message>
    <message>
        <source>This card&apos;s header is already write-protected: it is not a blank card.</source>
        <translation>此卡的卡头已写保护：不是空白卡。</translation>
    </message>
    <message>
        <source>The card refused to write-protect its header (status %1).</source>
        <translation>卡拒绝对卡头进行写保护（状态 %1）。</translation>
    </message>
    <message>
        <source>The card did not write-protect its header (protection bits %1).</source>
        <translation>卡未对卡头进行写保护（保护位 %1）。</translation>
    </message>
    <message>
        <source>Present the card&apos;s current PSC before changing it.</source>
        <translation>修改密码（PSC）前，请先校验卡的当前密码。</translation>
    </message>
    <message>
        <source>The card refused the new PSC (status %1).</source>
        <translation>卡拒绝了新的密码（PSC），状态 %1。</translation>
    </message>
    <message>
        <source>The card did not take the new PSC: %1</source>
        <translation>卡未接受新的密码（PSC）：%1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态字 %1</translation>
    </message>
</context>
<context>
    <name>SoftwareSecurityModule</name>
    <message>
        <source>The software security module has no key.</source>
        <translation>软件安全模块没有密钥。</translation>
    </message>
    <message>
        <source>The purchase amount does not fit the meter&apos;s 4-byte register.</source>
        <translation>购电金额超出了表计 4 字节寄存器的范围。</translation>
    </message>
    <message>
        <source>The customer number is up to 12 digits.</source>
        <translation>客户编号最多 12 位数字。</translation>
    </message>
    <message>
        <source>The purchase block has %1 bytes, not %2.</source>
        <translation>购电数据块为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The purchase block&apos;s MAC does not verify (wrong key, wrong meter or altered).</source>
        <translation>购电数据块的 MAC 校验失败（密钥错误、表计不符或数据被篡改）。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database is busy with another task; try again in a moment.</source>
        <translation>数据库正忙于其他任务，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>数据库文件为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>数据库文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored (%1).</source>
        <translation>此修改与已保存的记录冲突（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>No matching record.</source>
        <translation>没有匹配的记录。</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>The card has %1 more bytes of answer ready.</source>
        <translation>卡还有 %1 字节应答数据待读取。</translation>
    </message>
    <message>
        <source>The card expected a different answer length (%1 bytes).</source>
        <translation>卡要求的应答长度不同（%1 字节）。</translation>
    </message>
    <message>
        <source>Wrong key or code: no tries are left, the card is blocked.</source>
        <translation>密钥或密码错误：已无剩余尝试次数，卡已锁定。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong key or code: %n tries left before the card is blocked.</source>
        <translation>
            <numerusform>密钥或密码错误：还剩 %n 次尝试机会，用完后卡将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>执行成功。</translation>
    </message>
    <message>
        <source>The card returned data that may be damaged. Read the card again.</source>
        <translation>卡返回的数据可能已损坏。请重新读卡。</translation>
    </message>
    <message>
        <source>The card reached the end of its data before the length asked for.</source>
        <translation>卡在达到请求的长度之前已到数据末尾。</translation>
    </message>
    <message>
        <source>The card&apos;s file is disabled. The card cannot be used.</source>
        <translation>卡中的文件已失效，此卡无法使用。</translation>
    </message>
    <message>
        <source>Wrong key or code: the card refused it.</source>
        <translation>密钥或密码错误：卡已拒绝。</translation>
    </message>
    <message>
        <source>The card failed to carry out the command; nothing was changed. Try again.</source>
        <translation>卡未能执行该命令，未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>The card&apos;s memory failed while writing. The card may be worn out: replace it.</source>
        <translation>写入时卡的存储器出错。此卡可能已损耗：请更换。</translation>
    </message>
    <message>
        <source>The card refused the command&apos;s length. The card may be of another kind.</source>
        <translation>卡拒绝了该命令的长度。此卡可能是其他类型的卡。</translation>
    </message>
    <message>
        <source>The card does not support this kind of access.</source>
        <translation>卡不支持此类访问。</translation>
    </message>
    <message>
        <source>The card refused the command for this kind of file.</source>
        <translation>卡拒绝对此类文件执行该命令。</translation>
    </message>
    <message>
        <source>The card refused: it is not unlocked with the right key or code.</source>
        <translation>卡拒绝执行：尚未用正确的密钥或密码解锁。</translation>
    </message>
    <message>
        <source>The card&apos;s key or code is blocked after too many wrong tries. The card cannot be written.</source>
        <translation>错误尝试次数过多，卡的密钥或密码已锁定。此卡无法写入。</translation>
    </message>
    <message>
        <source>The card&apos;s key or code cannot be used.</source>
        <translation>卡的密钥或密码不可用。</translation>
    </message>
    <message>
        <source>The card refused the command at this step (conditions of use not satisfied).</source>
        <translation>卡在此步骤拒绝了该命令（使用条件不满足）。</translation>
    </message>
    <message>
        <source>The card refused the command: no file is selected.</source>
        <translation>卡拒绝了该命令：未选择文件。</translation>
    </message>
    <message>
        <source>The card refused the data sent to it.</source>
        <translation>卡拒绝了发送给它的数据。</translation>
    </message>
    <message>
        <source>The card does not support this function.</source>
        <translation>卡不支持此功能。</translation>
    </message>
    <message>
        <source>The card does not have the expected file. It may not be a card for this system.</source>
        <translation>卡中没有预期的文件。此卡可能不是本系统的卡。</translation>
    </message>
    <message>
        <source>The card does not have the expected record.</source>
        <translation>卡中没有预期的记录。</translation>
    </message>
    <message>
        <source>The card has not enough memory for this data.</source>
        <translation>卡的存储空间不足以保存这些数据。</translation>
    </message>
    <message>
        <source>The card refused the address or parameters of the command.</source>
        <translation>卡拒绝了该命令的地址或参数。</translation>
    </message>
    <message>
        <source>The card does not have the key or data asked for.</source>
        <translation>卡中没有所请求的密钥或数据。</translation>
    </message>
    <message>
        <source>The card does not know this command. It may be of another kind.</source>
        <translation>卡无法识别该命令。此卡可能是其他类型的卡。</translation>
    </message>
    <message>
        <source>The card does not support this class of command. It may be of another kind.</source>
        <translation>卡不支持此类别的命令。此卡可能是其他类型的卡。</translation>
    </message>
    <message>
        <source>The card reported an internal error. Take it out, put it back and try again.</source>
        <translation>卡报告内部错误。请取出卡后重新插入再试。</translation>
    </message>
    <message>
        <source>The card answered with status %1.</source>
        <translation>卡返回状态字 %1。</translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running, so no card reader can be used. Start it (pcscd on Linux, &quot;Smart Card&quot; on Windows) or ask your administrator.</source>
        <translation>智能卡服务（PC/SC）未运行，因此无法使用读卡器。请启动该服务（Linux 上为 pcscd，Windows 上为“Smart Card”服务），或联系管理员。</translation>
    </message>
    <message>
        <source>The connection to the smart card service was lost (it was restarted). Try again.</source>
        <translation>与智能卡服务的连接已断开（服务已重启）。请重试。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation>未连接读卡器。请接上读卡器。</translation>
    </message>
    <message>
        <source>The card reader is not available: it may have been unplugged. Plug it back in and try again.</source>
        <translation>读卡器不可用：可能已被拔出。请重新接上后重试。</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the card, chip first.</source>
        <translation>读卡器中没有卡。请插入卡，芯片一端朝里。</translation>
    </message>
    <message>
        <source>The card was taken out of the reader. Put it back and try again.</source>
        <translation>卡已从读卡器中取出。请重新插卡后重试。</translation>
    </message>
    <message>
        <source>The exchange with the card broke off; the card may have been taken out. Put it back and try again.</source>
        <translation>与卡的通信中断；卡可能已被取出。请重新插卡后重试。</translation>
    </message>
    <message>
        <source>The card was reset by another program. Try again.</source>
        <translation>卡已被其他程序复位。请重试。</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted the right way round, chip first.</source>
        <translation>卡无应答。请检查卡的插入方向是否正确（芯片一端朝里）。</translation>
    </message>
    <message>
        <source>The reader cannot work with this card. It may not be a card for this system.</source>
        <translation>读卡器无法使用此卡。此卡可能不是本系统的卡。</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation>其他程序正在使用此卡。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Try again.</source>
        <translation>读卡器未及时应答。请重试。</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>卡操作已取消。</translation>
    </message>
    <message>
        <source>The card reader reported an error (PC/SC code %1). Take the card out, put it back and try again.</source>
        <translation>读卡器报告错误（PC/SC 错误码 %1）。请取出卡后重新插入再试。</translation>
    </message>
</context>
<context>
    <name>StsCarrier</name>
    <message>
        <source>The STS meter number %1 is not an 11-digit meter number (DRN).</source>
        <translation>STS 表号 %1 不是 11 位表号（DRN）。</translation>
    </message>
    <message>
        <source>The sale has no meter to make a token for.</source>
        <translation>该笔充值没有可生成令牌的表计。</translation>
    </message>
    <message>
        <source>The key vault is locked: an administrator must unlock it (Settings, Key vault) before STS tokens can be sold. Nothing was sold.</source>
        <translation>密钥库已锁定：须由管理员解锁（“设置 &gt; 密钥库”）后才能售出 STS 令牌。本次未售出任何内容。</translation>
    </message>
    <message>
        <source>The sale&apos;s meter is not in the database.</source>
        <translation>该笔充值的表计不在数据库中。</translation>
    </message>
    <message>
        <source>Meter %1 has no STS supply group code, tariff index and key revision.</source>
        <translation>表计 %1 没有 STS 供电组代码、费率索引和密钥版本号。</translation>
    </message>
    <message>
        <source>The vending key of supply group %1, key revision %2 expired on %3 and the vault has no newer key revision: an administrator must add one. Nothing was sold.</source>
        <translation>供电组 %1、密钥版本号 %2 的售电密钥已于 %3 过期，且密钥库中没有更新的密钥版本：须由管理员添加。本次未售出任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n key change token(s) first, in the order printed, then the credit token.</source>
        <translation>
            <numerusform>请先按打印顺序输入 %n 个密钥变更令牌，再输入充值令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale is too small for a token: it carries at least 0.1 units.</source>
        <translation>充值量太小，无法生成令牌：令牌至少须包含 0.1 个单位。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>The token carries %1 %2; the %3 %2 sold are rounded down to what a token can carry.</source>
        <translation>令牌携带 %1 %2；售出的 %3 %2 已向下取整为令牌可表示的数值。</translation>
    </message>
</context>
<context>
    <name>StsText</name>
    <message>
        <source>SGC %1 · TI %2 · KRN %3</source>
        <translation>SGC %1 · TI %2 · KRN %3</translation>
    </message>
    <message>
        <source>SGC %1 · KRN %2</source>
        <translation>SGC %1 · KRN %2</translation>
    </message>
</context>
<context>
    <name>TariffEngine</name>
    <message>
        <source>The tariff cannot be used: %1</source>
        <translation>该价格方案无法使用：%1</translation>
    </message>
    <message>
        <source>its blocks or rates are out of range.</source>
        <translation>其阶梯或单价超出允许范围。</translation>
    </message>
    <message>
        <source>The units bought in this cycle cannot be negative.</source>
        <translation>本周期已购数量不能为负数。</translation>
    </message>
    <message>
        <source>The free units already granted cannot be negative.</source>
        <translation>已发放的免费额度不能为负数。</translation>
    </message>
    <message>
        <source>The number of months of fixed charges due cannot be negative.</source>
        <translation>应收固定费用的月数不能为负数。</translation>
    </message>
    <message>
        <source>The fixed charges due are too large.</source>
        <translation>应收固定费用过大。</translation>
    </message>
    <message>
        <source>Money meters are sold by amount, not by units.</source>
        <translation>金额表只能按金额充值，不能按数量充值。</translation>
    </message>
    <message>
        <source>The number of units must be greater than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>The number of units is too large.</source>
        <translation>数量过大。</translation>
    </message>
    <message>
        <source>No amount the console accepts covers the fixed charges and debt recovery.</source>
        <translation>系统允许的任何金额都不足以抵扣固定费用和欠款回收。</translation>
    </message>
    <message>
        <source>%1 units cost more than the largest amount the console accepts.</source>
        <translation>购买数量 %1 所需的金额超过系统允许的最大金额。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is below the minimum purchase of %1.</source>
        <translation>金额低于最低充值金额 %1。</translation>
    </message>
    <message>
        <source>The amount %1 is above the maximum purchase of %2.</source>
        <translation>金额 %1 超过最高充值金额 %2。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>%1 does not cover the fixed charges and debt recovery; the smallest amount that leaves money for energy is %2.</source>
        <translation>%1 不足以抵扣固定费用和欠款回收；抵扣后仍有余额用于购买的最低金额为 %2。</translation>
    </message>
    <message>
        <source>%1 does not cover the fixed charges and debt recovery, and no amount the console accepts does.</source>
        <translation>%1 不足以抵扣固定费用和欠款回收，且系统允许的任何金额都不足以抵扣。</translation>
    </message>
    <message>
        <source>%1 leaves %2 for energy, which does not buy 0.001 units at %3 a unit; the smallest amount that buys any units is %4.</source>
        <translation>%1 抵扣后仅剩 %2 可用于购买，按单价 %3 连 0.001 个单位也买不到；能买到数量的最低金额为 %4。</translation>
    </message>
    <message>
        <source>That is above the maximum purchase of %1.</source>
        <translation>该金额超过最高充值金额 %1。</translation>
    </message>
    <message>
        <source>The meter would hold %1 units, more than its maximum of %2.</source>
        <translation>充值后表内余量将达到 %1，超过表内最大余额 %2。</translation>
    </message>
    <message>
        <source>The most that can be sold now is %1.</source>
        <translation>目前最多可充值 %1。</translation>
    </message>
    <message>
        <source>Nothing can be sold now.</source>
        <translation>目前无法再充值。</translation>
    </message>
    <message>
        <source>The meter would hold %1, more than its maximum of %2.</source>
        <translation>充值后表内余额将达到 %1，超过表内最大余额 %2。</translation>
    </message>
    <message>
        <source>At most %1 more can be loaded: the most that can be paid now is %2.</source>
        <translation>表内最多还能充入 %1，即目前最多可收取 %2。</translation>
    </message>
    <message>
        <source>Nothing can be loaded now.</source>
        <translation>目前表内已无法再充入。</translation>
    </message>
</context>
<context>
    <name>TariffService</name>
    <message>
        <source>Tariff version %1 in the database is not valid: %2</source>
        <translation>数据库中的价格版本 %1 无效：%2</translation>
    </message>
    <message>
        <source>The tariff has no price in force on %1.</source>
        <translation>该价格方案在 %1 没有生效的价格。</translation>
    </message>
    <message>
        <source>A tariff code has 1 to 20 characters.</source>
        <translation>价格方案代码须为 1 至 20 个字符。</translation>
    </message>
    <message>
        <source>Enter the tariff&apos;s name (at most 100 characters).</source>
        <translation>请输入价格方案名称（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>The tariff code %1 is taken.</source>
        <translation>价格方案代码 %1 已被占用。</translation>
    </message>
    <message>
        <source>A new price takes effect today or later; vends already made keep their prices.</source>
        <translation>新价格的生效日期须为今天或以后；已完成的充值保持原价格不变。</translation>
    </message>
    <message>
        <source>There is no such tariff.</source>
        <translation>该价格方案不存在。</translation>
    </message>
    <message>
        <source>The tariff already has a version from %1.</source>
        <translation>该价格方案已有自 %1 起生效的价格版本。</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>不存在 ID 为 %1 的账户。</translation>
    </message>
    <message>
        <source>Account %1 is %2; credit can only be sold to an active account.</source>
        <translation>账户 %1 的状态为“%2”，只能为正常状态的账户充值。</translation>
    </message>
    <message>
        <source>Account %1 has no tariff; choose one before selling.</source>
        <translation>账户 %1 尚未指定价格方案，请先指定后再充值。</translation>
    </message>
    <message>
        <source>Account %1 has no meter installed (it was removed or never installed); credit needs a meter to go to.</source>
        <translation>账户 %1 没有已安装的表计（已拆除或从未安装）；必须有表计，充值才能到账。</translation>
    </message>
</context>
<context>
    <name>TariffVersion</name>
    <message>
        <source>Unknown field &quot;%1&quot; in the tariff.</source>
        <translation>价格方案中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>%1 must be a decimal number written as a string, like &quot;%2&quot;.</source>
        <translation>%1 必须是以字符串形式书写的十进制数，例如 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; write it like &quot;%3&quot;.</source>
        <translation>%1：&quot;%2&quot; 不是数字，请按 &quot;%3&quot; 的格式填写。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 最多保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 must be a JSON array.</source>
        <translation>%1 必须是 JSON 数组。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; write it like &quot;08:00&quot;.</source>
        <translation>%1：&quot;%2&quot; 不是有效的时刻，请按 &quot;08:00&quot; 的格式填写。</translation>
    </message>
    <message>
        <source>The tariff needs the date it takes effect from.</source>
        <translation>价格方案必须填写生效日期。</translation>
    </message>
    <message>
        <source>A tariff needs at least one block (a flat price is one open block from 0).</source>
        <translation>价格方案至少需要一个阶梯（单一价格即一个从 0 开始、不设上限的阶梯）。</translation>
    </message>
    <message>
        <source>A tariff has at most %1 blocks; this one has %2.</source>
        <translation>价格方案最多只能有 %1 个阶梯，此方案有 %2 个。</translation>
    </message>
    <message>
        <source>The first block must start at 0, not at %1.</source>
        <translation>第 1 阶梯必须从 0 开始，而不是从 %1 开始。</translation>
    </message>
    <message>
        <source>There is a gap between %1 and %2: block %3 ends at %1 but block %4 starts at %2.</source>
        <translation>%1 与 %2 之间有空档：第 %3 阶梯止于 %1，而第 %4 阶梯起于 %2。</translation>
    </message>
    <message>
        <source>Blocks overlap at %1: block %2 starts at %1, before block %3 ends at %4.</source>
        <translation>阶梯在 %1 处重叠：第 %2 阶梯起于 %1，早于第 %3 阶梯的终点 %4。</translation>
    </message>
    <message>
        <source>The last block must be open (no upper limit); it ends at %1.</source>
        <translation>最后一个阶梯必须不设上限；当前止于 %1。</translation>
    </message>
    <message>
        <source>Only the last block may be open; block %1 has no upper limit.</source>
        <translation>只有最后一个阶梯可以不设上限；第 %1 阶梯没有上限。</translation>
    </message>
    <message>
        <source>Block %1 must end above where it starts: it goes from %2 to %3.</source>
        <translation>第 %1 阶梯的终点必须大于起点：当前为 %2 至 %3。</translation>
    </message>
    <message>
        <source>Block %1 ends too high.</source>
        <translation>第 %1 阶梯的终点过大。</translation>
    </message>
    <message>
        <source>The price of block %1 must be more than 0 and at most %2 a unit; it is %3.</source>
        <translation>第 %1 阶梯的单价必须大于 0 且不超过 %2；当前为 %3。</translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs a start time in whole minutes.</source>
        <translation>分时时段 %1 的开始时间必须为整分钟。</translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs an end time in whole minutes.</source>
        <translation>分时时段 %1 的结束时间必须为整分钟。</translation>
    </message>
    <message>
        <source>Time-of-use period %1 starts and ends at the same time (%2).</source>
        <translation>分时时段 %1 的开始时间与结束时间相同（%2）。</translation>
    </message>
    <message>
        <source>The price of time-of-use period %1 must be more than 0 and at most %2 a unit; it is %3.</source>
        <translation>分时时段 %1 的单价必须大于 0 且不超过 %2；当前为 %3。</translation>
    </message>
    <message>
        <source>Time-of-use periods %1 (%2-%3) and %4 (%5-%6) overlap.</source>
        <translation>分时时段 %1（%2-%3）与分时时段 %4（%5-%6）重叠。</translation>
    </message>
    <message>
        <source>The cycle must start on a day from 1 to 28 (every month has it); it is %1.</source>
        <translation>周期起始日必须为 1 至 28 日（每个月都有这些日期）；当前为 %1。</translation>
    </message>
    <message>
        <source>The cycle&apos;s start month must be from 1 to 12; it is %1.</source>
        <translation>周期起始月份必须为 1 至 12；当前为 %1。</translation>
    </message>
    <message>
        <source>The tax rate must be from 0 % to 100 %; it is %1 %.</source>
        <translation>税率必须在 0% 至 100% 之间；当前为 %1%。</translation>
    </message>
    <message>
        <source>The debt recovery share must be from 0 % to 100 %; it is %1 %.</source>
        <translation>欠款回收比例必须在 0% 至 100% 之间；当前为 %1%。</translation>
    </message>
    <message>
        <source>The free units per cycle cannot be negative.</source>
        <translation>每周期免费额度不能为负数。</translation>
    </message>
    <message>
        <source>The fixed charge per month</source>
        <translation>每月固定费用</translation>
    </message>
    <message>
        <source>The minimum debt recovery</source>
        <translation>最低欠款回收额</translation>
    </message>
    <message>
        <source>The maximum debt recovery</source>
        <translation>最高欠款回收额</translation>
    </message>
    <message>
        <source>The minimum purchase</source>
        <translation>最低充值金额</translation>
    </message>
    <message>
        <source>The maximum purchase</source>
        <translation>最高充值金额</translation>
    </message>
    <message>
        <source>%1 cannot be negative; it is %2.</source>
        <translation>%1不能为负数；当前为 %2。</translation>
    </message>
    <message>
        <source>The minimum purchase (%1) is above the maximum purchase (%2).</source>
        <translation>最低充值金额（%1）高于最高充值金额（%2）。</translation>
    </message>
    <message>
        <source>The minimum debt recovery per purchase (%1) is above the maximum (%2).</source>
        <translation>每次充值的最低欠款回收额（%1）高于最高回收额（%2）。</translation>
    </message>
    <message>
        <source>A maximum credit in units applies only to meters that are loaded with units.</source>
        <translation>以数量计的表内最大余额只适用于量表（按量表计）。</translation>
    </message>
    <message>
        <source>The maximum credit must be more than 0; it is %1.</source>
        <translation>表内最大余额必须大于 0；当前为 %1。</translation>
    </message>
    <message>
        <source>A maximum credit in money applies only to meters that are loaded with money.</source>
        <translation>以金额计的表内最大余额只适用于金额表（按金额表计）。</translation>
    </message>
    <message>
        <source>The tariff needs the date it takes effect from (effective_from).</source>
        <translation>价格方案必须填写生效日期（effective_from）。</translation>
    </message>
    <message>
        <source>effective_from: &quot;%1&quot; is not a date; write it like &quot;2026-01-01&quot;.</source>
        <translation>effective_from：&quot;%1&quot; 不是有效日期，请按 &quot;2026-01-01&quot; 的格式填写。</translation>
    </message>
    <message>
        <source>meter_kind must be &quot;unit&quot; or &quot;money&quot;.</source>
        <translation>meter_kind 必须为 &quot;unit&quot; 或 &quot;money&quot;。</translation>
    </message>
    <message>
        <source>basis must be &quot;purchase&quot; or &quot;consumption&quot;.</source>
        <translation>basis 必须为 &quot;purchase&quot; 或 &quot;consumption&quot;。</translation>
    </message>
    <message>
        <source>cycle.kind must be &quot;monthly&quot; or &quot;annual&quot;.</source>
        <translation>cycle.kind 必须为 &quot;monthly&quot; 或 &quot;annual&quot;。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>15-digit identity numbers were replaced in 2013; enter the 18-character number.</source>
        <translation>15 位身份证号已于 2013 年停止使用，请输入 18 位身份证号。</translation>
    </message>
    <message>
        <source>An identity number has 18 characters: 17 digits and a final digit or X.</source>
        <translation>身份证号为 18 位：前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>The identity number&apos;s area code %1 is not a Chinese region.</source>
        <translation>身份证号中的地区码 %1 不是有效的中国行政区划代码。</translation>
    </message>
    <message>
        <source>The identity number&apos;s birth date %1 is not a real date.</source>
        <translation>身份证号中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The identity number&apos;s check character is wrong: for these 17 digits it is %1. Check the number for a typing mistake.</source>
        <translation>身份证号的校验码不正确：按前 17 位计算应为 %1。请检查号码是否输入有误。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号码为 11 位，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Enter a mobile number (11 digits) or a landline with its area code, like 010-12345678.</source>
        <translation>请输入手机号码（11 位）或带区号的固定电话，例如 010-12345678。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>%1过长：共 %2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1中包含控制字符。</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters.</source>
        <translation>%1过长：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits and dashes.</source>
        <translation>%1只能包含字母、数字和短横线。</translation>
    </message>
    <message>
        <source>The preferred language is zh_CN (Chinese) or en (English).</source>
        <translation>首选语言只能是 zh_CN（中文）或 en（英文）。</translation>
    </message>
</context>
<context>
    <name>VendText</name>
    <message>
        <source>Pending</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>扫码支付</translation>
    </message>
</context>
<context>
    <name>VendingService</name>
    <message>
        <source>Open a shift first: every sale and every refund belongs to a cashier&apos;s open shift.</source>
        <translation>请先开班：每一笔充值和退款都必须记入收银员当前的班次。</translation>
    </message>
    <message>
        <source>There is no such vend.</source>
        <translation>该充值记录不存在。</translation>
    </message>
    <message>
        <source>The sale&apos;s key must be 8 to 64 letters, digits or dashes (a UUID).</source>
        <translation>交易标识（key）须为 8 至 64 个字母、数字或短横线（UUID）。</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Record how the customer pays.</source>
        <translation>请选择客户的支付方式。</translation>
    </message>
    <message>
        <source>Each payment must be greater than zero.</source>
        <translation>每笔支付金额都必须大于零。</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the cash payment (%2).</source>
        <translation>实收现金（%1）少于应收现金（%2）。</translation>
    </message>
    <message>
        <source>A %1 payment needs its transaction reference (at most 64 characters).</source>
        <translation>使用%1时须填写交易流水号（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The payment is too large.</source>
        <translation>支付金额过大。</translation>
    </message>
    <message>
        <source>This sale&apos;s key was already used for a different account or amount (vend %1). Start a new sale.</source>
        <translation>此交易标识已用于其他账户或金额（充值记录 %1）。请重新开始一笔充值。</translation>
    </message>
    <message>
        <source>The payments add up to %1 but the sale is %2.</source>
        <translation>支付合计为 %1，但充值金额为 %2。</translation>
    </message>
    <message>
        <source>Another console recorded a sale with this key at the same moment; look the sale up before selling again.</source>
        <translation>另一台控制台在同一时刻用此交易标识记录了一笔充值；请先查询该笔充值，再决定是否重新充值。</translation>
    </message>
    <message>
        <source>Vend %1 was made by the &quot;%2&quot; carrier, which this console does not have.</source>
        <translation>充值记录 %1 是通过“%2”充值方式完成的，本控制台不支持该方式。</translation>
    </message>
    <message>
        <source>The credit could not be delivered.</source>
        <translation>充值未能到账。</translation>
    </message>
    <message>
        <source>Vend %1 is %2, not pending.</source>
        <translation>充值记录 %1 的状态为“%2”，不是待完成。</translation>
    </message>
    <message>
        <source>Only a pending vend can be voided; vend %1 is %2.</source>
        <translation>只有待完成的充值才能作废；充值记录 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>The credit of vend %1 has reached the meter; finish the vend instead of voiding it.</source>
        <translation>充值记录 %1 的充值已到达表计；请完成该笔充值，而不是作废。</translation>
    </message>
    <message>
        <source>voided at the counter</source>
        <translation>柜台作废</translation>
    </message>
    <message>
        <source>A reversal needs the approval of a supervisor.</source>
        <translation>冲正须经值班主管授权。</translation>
    </message>
    <message>
        <source>A reversal must be approved by a supervisor other than the person reversing it.</source>
        <translation>冲正须由冲正操作人以外的值班主管授权。</translation>
    </message>
    <message>
        <source>Give the reason for the reversal.</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <source>Only a delivered vend can be reversed; vend %1 is %2.</source>
        <translation>只有已到账的充值才能冲正；充值记录 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source> (debt of %1 waived by %2)</source>
        <translation> （欠款 %1 已由 %2 免除）</translation>
    </message>
    <message>
        <source>Vend %1 changed meanwhile; look it up again.</source>
        <translation>充值记录 %1 在此期间已被修改，请重新查询。</translation>
    </message>
    <message>
        <source>It cannot be told whether the credit of vend %1 is in the meter: the meter does not answer. Connect it to the counter&apos;s line and try again; finish the vend if it has the credit.</source>
        <translation>无法判断充值记录 %1 的充值是否已在表内：表计无应答。请将其接到柜台线路后重试；如表内已有该充值，请完成该笔充值。</translation>
    </message>
</context>
<context>
    <name>VirtualCardFile</name>
    <message>
        <source>The card image is not valid: %1.</source>
        <translation>卡映像无效：%1。</translation>
    </message>
    <message>
        <source>Cannot read the card image %1: %2.</source>
        <translation>无法读取卡映像 %1：%2。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;memory&quot; is not %1 bytes in hexadecimal</source>
        <translation>&quot;memory&quot; 不是 %1 字节的十六进制数据</translation>
    </message>
    <message>
        <source>&quot;protection&quot; is not 4 bytes in hexadecimal</source>
        <translation>&quot;protection&quot; 不是 4 字节的十六进制数据</translation>
    </message>
    <message>
        <source>&quot;psc&quot; is not 3 bytes in hexadecimal</source>
        <translation>&quot;psc&quot; 不是 3 字节的十六进制数据</translation>
    </message>
    <message>
        <source>&quot;errorCounter&quot; is not 0 to 3</source>
        <translation>&quot;errorCounter&quot; 不在 0 至 3 之间</translation>
    </message>
    <message>
        <source>&quot;serial&quot; is not %1 bytes in hexadecimal</source>
        <translation>&quot;serial&quot; 不是 %1 字节的十六进制数据</translation>
    </message>
    <message>
        <source>&quot;area&quot; is not %1 bytes in hexadecimal</source>
        <translation>&quot;area&quot; 不是 %1 字节的十六进制数据</translation>
    </message>
    <message>
        <source>&quot;keys&quot; does not hold keys &quot;1&quot; and &quot;2&quot; of 16 bytes</source>
        <translation>&quot;keys&quot; 中没有 16 字节的密钥 &quot;1&quot; 和 &quot;2&quot;</translation>
    </message>
    <message>
        <source>&quot;extTries&quot; is not 0 to 3</source>
        <translation>&quot;extTries&quot; 不在 0 至 3 之间</translation>
    </message>
    <message>
        <source>&quot;chip&quot; is neither &quot;sle4442&quot; nor &quot;cpu&quot;</source>
        <translation>&quot;chip&quot; 既不是 &quot;sle4442&quot; 也不是 &quot;cpu&quot;</translation>
    </message>
    <message>
        <source>A card serial is %1 bytes and a PSC 3 bytes.</source>
        <translation>卡号为 %1 字节，密码（PSC）为 3 字节。</translation>
    </message>
    <message>
        <source>A CPU card serial is %1 bytes and its keys 16 bytes each.</source>
        <translation>CPU卡的卡号为 %1 字节，每个密钥为 16 字节。</translation>
    </message>
    <message>
        <source>A card&apos;s application area is %1 bytes, not %2.</source>
        <translation>卡的应用数据区为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot write the card image %1: %2.</source>
        <translation>无法写入卡映像 %1：%2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>prepay-central is not built yet: the sync work will add the central server.</source>
        <translation>prepay-central 尚未开发：中心服务器将随同步功能一同提供。</translation>
    </message>
</context>
<context>
    <name>prepayctl</name>
    <message>
        <source>Measure customer search (search plus the first 50 result rows, as the Customers page shows them) for name fragments, pinyin initials, phone prefixes and meter serials, and the same key-range query on bare SQLite.</source>
        <translation>测量客户搜索的性能（搜索并取出前 50 行结果，与“客户”页面的显示方式相同），查询内容包括姓名片段、拼音首字母、电话号码前缀和表号，并在纯 SQLite 上执行相同的键范围查询作为对比。</translation>
    </message>
    <message>
        <source>Queries per kind (default 300).</source>
        <translation>每类查询的次数（默认 300）。</translation>
    </message>
    <message>
        <source>Random seed for choosing queries.</source>
        <translation>选取查询所用的随机种子。</translation>
    </message>
    <message>
        <source>The database has no customers; run prepayctl demo generate first.</source>
        <translation>数据库中没有客户，请先运行 prepayctl demo generate。</translation>
    </message>
    <message>
        <source>The PrepayDesk database file.</source>
        <translation>PrepayDesk 数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>请用 --db FILE 指定数据库。</translation>
    </message>
    <message>
        <source>There is no active operator named %1.</source>
        <translation>没有名为 %1 的在用操作员。</translation>
    </message>
    <message>
        <source>Find customers as the Customers page does and print one per line: id, name, phone and account numbers, separated by tabs.</source>
        <translation>按“客户”页面的方式查找客户，每行输出一个客户：ID、姓名、电话和账户号，以制表符分隔。</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>最多返回 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>What the cashier would type.</source>
        <translation>收银员要输入的搜索内容。</translation>
    </message>
    <message>
        <source>Give exactly one query (quote it if it has spaces).</source>
        <translation>请只提供一个查询（含空格时请加引号）。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit 的取值须为 1 至 100000 之间的数字。</translation>
    </message>
    <message>
        <source>Rebuild every customer&apos;s search keys from the records.</source>
        <translation>根据现有记录重建所有客户的搜索索引。</translation>
    </message>
    <message>
        <source>Search keys rebuilt.</source>
        <translation>搜索索引已重建。</translation>
    </message>
    <message>
        <source>Usage: prepayctl customers search|reindex ... (see --help)</source>
        <translation>用法：prepayctl customers search|reindex ...（参见 --help）</translation>
    </message>
    <message>
        <source>Usage: prepayctl import customers FILE.csv --db FILE</source>
        <translation>用法：prepayctl import customers FILE.csv --db FILE</translation>
    </message>
    <message>
        <source>Import customers, accounts and meters from a CSV file (UTF-8 or GB18030; see docs/csv-format.md). Every line is checked; by default nothing is stored if any line is wrong. Errors are printed as line&lt;TAB&gt;column&lt;TAB&gt;reason.</source>
        <translation>从 CSV 文件（UTF-8 或 GB18030；参见 docs/csv-format.md）导入客户、账户和表计。每一行都会经过检查；默认情况下，只要有一行出错，就不保存任何数据。错误按 line&lt;TAB&gt;column&lt;TAB&gt;reason（行号、列名、原因）的格式输出。</translation>
    </message>
    <message>
        <source>Store the good lines and skip the bad ones.</source>
        <translation>保存正确的行，跳过错误行。</translation>
    </message>
    <message>
        <source>Record the change as this operator.</source>
        <translation>以此操作员的身份记录本次修改。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation>请只指定一个 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 lines read (%2), %3 customers, %4 accounts and %5 meters stored, %6 lines skipped.</source>
        <translation>已读取 %1 行（%2），保存了 %3 个客户、%4 个账户和 %5 块表计，跳过 %6 行。</translation>
    </message>
    <message>
        <source>Usage: prepayctl export customers FILE.csv --db FILE</source>
        <translation>用法：prepayctl export customers FILE.csv --db FILE</translation>
    </message>
    <message>
        <source>Export every customer with accounts and meters to a CSV file (UTF-8).</source>
        <translation>将所有客户及其账户和表计导出到 CSV 文件（UTF-8）。</translation>
    </message>
    <message>
        <source>Record the export as this operator.</source>
        <translation>以此操作员的身份记录本次导出。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 rows written.</source>
        <translation>已写入 %1 行。</translation>
    </message>
    <message>
        <source>Usage: prepayctl demo generate --customers N --db FILE</source>
        <translation>用法：prepayctl demo generate --customers N --db FILE</translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo customers, accounts, meters, tariffs and a year of monthly readings, and the demo operators admin/admin-demo and cashier/cashier-demo.</source>
        <translation>向新数据库填充逼真的演示客户、账户、表计、价格方案和一年的月度抄表读数，并创建演示操作员 admin/admin-demo 和 cashier/cashier-demo。</translation>
    </message>
    <message>
        <source>How many customers.</source>
        <translation>客户数量。</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>随机种子（种子相同，生成的数据也相同）。</translation>
    </message>
    <message>
        <source>Monthly readings per meter (0 for none).</source>
        <translation>每块表计的月度读数个数（0 表示不生成）。</translation>
    </message>
    <message>
        <source>--customers, --seed and --reading-months take whole numbers.</source>
        <translation>--customers、--seed 和 --reading-months 只接受整数。</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <source>Generated %1 demo customers in %2 s.</source>
        <translation>已在 %2 秒内生成 %1 个演示客户。</translation>
    </message>
    <message>
        <source>List the operators: user name, role, name.</source>
        <translation>列出操作员：用户名、角色、姓名。</translation>
    </message>
    <message>
        <source>Usage: prepayctl operators add|list ... (see --help)</source>
        <translation>用法：prepayctl operators add|list ...（参见 --help）</translation>
    </message>
    <message>
        <source>Add an operator. The password is read from the first line of standard input, so that it never appears in the process list. The first operator of a new database must be an admin.</source>
        <translation>添加操作员。密码从标准输入的第一行读取，因此不会出现在进程列表中。新数据库的第一个操作员必须是管理员（admin）。</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>登录用户名。</translation>
    </message>
    <message>
        <source>Name shown on screen and receipts.</source>
        <translation>在屏幕和小票上显示的姓名。</translation>
    </message>
    <message>
        <source>cashier, supervisor, engineer, auditor or admin.</source>
        <translation>cashier（收银员）、supervisor（值班主管）、engineer（表计工程师）、auditor（稽核员）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>--role is one of: %1.</source>
        <translation>--role 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>已添加操作员 %1。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n error(s). Fix the lines above or use --skip-bad-lines.</source>
        <translation>
            <numerusform>未保存任何数据：共 %n 处错误。请修正以上各行，或使用 --skip-bad-lines。</numerusform>
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
        <translation>用法：prepayctl sts &lt;命令&gt; [选项]

密钥选项（所有需要生成或使用解码密钥的命令）：
  --dkga 02|04 --ea 07|11 --vending-key HEX|- --key-type N --sgc N --ti N --krn N --pan DIGITS
  [--base-date 1993|2014|2035]   （默认 1993）
  --vending-key - 表示从标准输入读取密钥，使其不会出现在进程列表中。

命令：
  credit &lt;密钥选项&gt; --issued YYYY-MM-DDTHH:MM:SS --random N --utility electricity|water|gas|time|currency
         --amount DECIMAL [--last-tid N]
      单独一行输出 20 位 STS 充值码；数量单位为 kWh 或 m3（精度 0.1，
      向下取整；取整改变了数量时会在标准错误输出中给出提示）
  decoder-key &lt;密钥选项&gt;
      以十六进制输出解码密钥
  decode --decoder-key HEX --ea 07|11 [--base-date 1993|2014|2035] TOKEN
      输出 class、subclass、kind、random、tid、issued、amount（或管理令牌的值）和 crc，
      每行一个 name=value；CRC 校验失败时以状态 1 退出（密钥错误、算法错误或输入有误）
  set-max-power &lt;密钥选项&gt; --issued ... --random N --watts N [--last-tid N]
  clear-credit &lt;密钥选项&gt; --issued ... --random N [--register N]   （默认 65535：全部寄存器）
  set-tariff-rate &lt;密钥选项&gt; --issued ... --random N --rate N
  clear-tamper &lt;密钥选项&gt; --issued ... --random N
  set-phase-unbalance &lt;密钥选项&gt; --issued ... --random N --watts N
  set-water-factor &lt;密钥选项&gt; --issued ... --random N --factor N
      管理令牌：单独一行输出令牌
  key-change &lt;当前密钥的密钥选项&gt; [--ken N] --new-vending-key HEX|- --new-key-type N
         --new-sgc N --new-ti N --new-krn N [--new-base-date Y] [--new-ken N] [--rollover]
      输出密钥变更令牌，每行一个，按必须输入的顺序排列
      （64 位 EA07 密钥为两个，128 位 EA11 密钥为四个）
  test --control N --manufacturer N [--long-manufacturer]
      1 类表计测试令牌或显示令牌（无需密钥）

时间均为 UTC。--random N 取 0 至 15（省略时随机选取）。--last-tid N 是此表计最近一次
收到的令牌标识（TID）：新令牌的标识总是晚于它。
</translation>
    </message>
    <message>
        <source>Decoder key generation algorithm: 02 or 04.</source>
        <translation>解码密钥生成算法（DKGA）：02 或 04。</translation>
    </message>
    <message>
        <source>Encryption algorithm: 07 or 11.</source>
        <translation>加密算法（EA）：07 或 11。</translation>
    </message>
    <message>
        <source>The vending key in hex, or - to read it from standard input.</source>
        <translation>十六进制的售电密钥；填 - 则从标准输入读取。</translation>
    </message>
    <message>
        <source>Key type, 0 to 3.</source>
        <translation>密钥类型，0 至 3。</translation>
    </message>
    <message>
        <source>Supply group code.</source>
        <translation>供电组代码（SGC）。</translation>
    </message>
    <message>
        <source>Tariff index.</source>
        <translation>费率索引（TI）。</translation>
    </message>
    <message>
        <source>Key revision number.</source>
        <translation>密钥版本号（KRN）。</translation>
    </message>
    <message>
        <source>The meter number (PAN), 18 digits.</source>
        <translation>表号（PAN），18 位数字。</translation>
    </message>
    <message>
        <source>Base date: 1993, 2014 or 2035 (default 1993).</source>
        <translation>基准日期：1993、2014 或 2035（默认 1993）。</translation>
    </message>
    <message>
        <source>Key expiry number, 0 to 255 (default 255).</source>
        <translation>密钥有效期编号（KEN），0 至 255（默认 255）。</translation>
    </message>
    <message>
        <source>Issue time, UTC.</source>
        <translation>签发时间（UTC）。</translation>
    </message>
    <message>
        <source>The token&apos;s random number, 0 to 15.</source>
        <translation>令牌随机数，0 至 15。</translation>
    </message>
    <message>
        <source>The last token identifier this meter was given.</source>
        <translation>此表计最近一次收到的令牌标识（TID）。</translation>
    </message>
    <message>
        <source>Give --%1.</source>
        <translation>请指定 --%1。</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 须为 %2 至 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 is hexadecimal digits, two per byte.</source>
        <translation>--%1 须为十六进制数字，每字节两位。</translation>
    </message>
    <message>
        <source>--issued is a UTC time written YYYY-MM-DDTHH:MM:SS, not “%1”.</source>
        <translation>--issued 须为 YYYY-MM-DDTHH:MM:SS 格式的 UTC 时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>The sts plugin is not available. Plugin folders: %1</source>
        <translation>sts 插件不可用。插件目录：%1</translation>
    </message>
    <message>
        <source>Note: the token carries %1 %3, not %2 %3: STS amounts above 1638.3 go in steps.</source>
        <translation>注意：该令牌携带的是 %1 %3，而不是 %2 %3：STS 中大于 1638.3 的数量只能按一定步长表示。</translation>
    </message>
    <message>
        <source>electricity, water, gas, time or currency.</source>
        <translation>electricity（电）、water（水）、gas（燃气）、time（时间）或 currency（货币）。</translation>
    </message>
    <message>
        <source>Units: kWh, m3, ... (0.1 resolution).</source>
        <translation>数量：kWh、m3 等（精度 0.1）。</translation>
    </message>
    <message>
        <source>The limit in watts.</source>
        <translation>功率限值，单位为瓦（W）。</translation>
    </message>
    <message>
        <source>The register to clear (65535: all).</source>
        <translation>要清零的寄存器（65535：全部）。</translation>
    </message>
    <message>
        <source>The 16-bit rate the meter expects.</source>
        <translation>表计所需的 16 位费率值。</translation>
    </message>
    <message>
        <source>The 16-bit factor the meter expects.</source>
        <translation>表计所需的 16 位系数。</translation>
    </message>
    <message>
        <source>Set the rollover flag (a new base date).</source>
        <translation>设置翻转标志（启用新的基准日期）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--utility is electricity, water, gas, time or currency, not “%1”.</source>
        <translation>--utility 须为 electricity、water、gas、time 或 currency，而不是“%1”。</translation>
    </message>
    <message>
        <source>Note: STS carries tenths; %1 is sent as %2.</source>
        <translation>注意：STS 数量精确到 0.1；%1 将按 %2 发送。</translation>
    </message>
    <message>
        <source>The decoder key in hex.</source>
        <translation>十六进制的解码密钥。</translation>
    </message>
    <message>
        <source>Base date for the token&apos;s date (default 1993).</source>
        <translation>令牌日期所用的基准日期（默认 1993）。</translation>
    </message>
    <message>
        <source>The 20-digit token.</source>
        <translation>20 位令牌。</translation>
    </message>
    <message>
        <source>Give one token.</source>
        <translation>请只提供一个令牌。</translation>
    </message>
    <message>
        <source>The CRC check failed: the decoder key or the encryption algorithm is not the meter&apos;s, or the token was mistyped.</source>
        <translation>CRC 校验失败：解码密钥或加密算法与该表计不符，或令牌输入有误。</translation>
    </message>
    <message>
        <source>The control field (36 or 28 bits).</source>
        <translation>控制字段（36 位或 28 位）。</translation>
    </message>
    <message>
        <source>The manufacturer code.</source>
        <translation>制造商代码。</translation>
    </message>
    <message>
        <source>A 4-digit manufacturer code (28-bit control).</source>
        <translation>4 位制造商代码（28 位控制字段）。</translation>
    </message>
    <message>
        <source>Give --control N and --manufacturer N as whole numbers.</source>
        <translation>请以整数形式指定 --control N 和 --manufacturer N。</translation>
    </message>
    <message>
        <source>Unknown sts command: %1</source>
        <translation>未知的 sts 命令：%1</translation>
    </message>
    <message>
        <source>Measure tariff quotes per second on one core (a three-block residential electricity tariff with tax and debt recovery) and, as a baseline in the same run, a flat-price conversion of the same amounts; prints both rates and their ratio.</source>
        <translation>测量单核每秒可完成的价格试算次数（使用含税和欠款回收的三阶梯居民电价方案），并在同一次运行中以相同金额的单一价格换算作为基准；输出两者的速率及其比值。</translation>
    </message>
    <message>
        <source>Quotes to make (default 5000000).</source>
        <translation>试算次数（默认 5000000）。</translation>
    </message>
    <message>
        <source>Random seed for the inputs.</source>
        <translation>生成输入所用的随机种子。</translation>
    </message>
    <message>
        <source>--quotes takes a whole number from 1 to 10000000000.</source>
        <translation>--quotes 的取值须为 1 至 10000000000 之间的整数。</translation>
    </message>
    <message>
        <source>The flat-price check failed: the engine and Quantity::forMoney disagree.</source>
        <translation>单一价格校验失败：计价引擎与 Quantity::forMoney 的结果不一致。</translation>
    </message>
    <message>
        <source>Measure complete vends per second and compare them with bare SQLite writing the same rows. Without --db, a temporary demo database is used.</source>
        <translation>测量每秒可完成的完整充值笔数，并与纯 SQLite 写入相同数据行的速度对比。未指定 --db 时使用临时演示数据库。</translation>
    </message>
    <message>
        <source>How many vends of each kind (default 300).</source>
        <translation>每类充值的笔数（默认 300）。</translation>
    </message>
    <message>
        <source>The database has no electricity account with a meter.</source>
        <translation>数据库中没有装有表计的电力账户。</translation>
    </message>
    <message>
        <source>The bare SQLite statements could not be prepared.</source>
        <translation>无法准备纯 SQLite 语句。</translation>
    </message>
    <message>
        <source>A bare SQLite vend failed.</source>
        <translation>一笔纯 SQLite 充值失败。</translation>
    </message>
    <message>
        <source>Act as this operator (default: the system operator).</source>
        <translation>以此操作员的身份执行（默认：系统操作员）。</translation>
    </message>
    <message>
        <source>Sell credit to an account and print the vend: vend, state, amount, units, money_credit, credit and key, one name=value per line. Repeating a --key returns the same vend.</source>
        <translation>为账户充值并输出该笔充值记录：vend、state、amount、units、money_credit、credit 和 key，每行一个 name=value。重复使用同一个 --key 会返回同一笔充值记录。</translation>
    </message>
    <message>
        <source>The account id.</source>
        <translation>账户 ID。</translation>
    </message>
    <message>
        <source>The payment, e.g. 100.00.</source>
        <translation>支付金额，例如 100.00。</translation>
    </message>
    <message>
        <source>Sell this many kWh or m3 instead of an amount.</source>
        <translation>按此数量（kWh 或 m3）充值，而不是按金额。</translation>
    </message>
    <message>
        <source>cash, card or qr (default cash).</source>
        <translation>cash（现金）、card（银行卡）或 qr（扫码支付），默认 cash。</translation>
    </message>
    <message>
        <source>Cash handed over (for change).</source>
        <translation>实收现金（用于计算找零）。</translation>
    </message>
    <message>
        <source>Card or QR transaction reference.</source>
        <translation>银行卡或扫码支付的交易流水号。</translation>
    </message>
    <message>
        <source>The sale&apos;s idempotency key (default: a new UUID).</source>
        <translation>本次充值的交易标识（key），默认新生成一个 UUID。</translation>
    </message>
    <message>
        <source>Name the account with --account ID.</source>
        <translation>请用 --account ID 指定账户。</translation>
    </message>
    <message>
        <source>--method is cash, card or qr.</source>
        <translation>--method 须为 cash、card 或 qr。</translation>
    </message>
    <message>
        <source>pending: list pending vends (id, key, account, amount). finish ID: deliver a pending vend again. void ID: cancel a pending vend. reverse ID: undo a delivered vend with --approver (password on standard input) and --reason.</source>
        <translation>pending：列出待完成的充值（id、key、账户、金额）。finish ID：重新交付一笔待完成的充值。void ID：作废一笔待完成的充值。reverse ID：冲正一笔已到账的充值，须指定 --approver（密码从标准输入读取）和 --reason。</translation>
    </message>
    <message>
        <source>Why (void, reverse).</source>
        <translation>原因（用于 void、reverse）。</translation>
    </message>
    <message>
        <source>The approving supervisor (reverse).</source>
        <translation>授权的值班主管（用于 reverse）。</translation>
    </message>
    <message>
        <source>Reverse without recording the customer&apos;s debt.</source>
        <translation>冲正时不记录客户欠款。</translation>
    </message>
    <message>
        <source>The vend id.</source>
        <translation>充值记录 ID。</translation>
    </message>
    <message>
        <source>Give the vend id.</source>
        <translation>请提供充值记录 ID。</translation>
    </message>
    <message>
        <source>A reversal needs --approver USER with the password on standard input.</source>
        <translation>冲正须指定 --approver USER，并从标准输入提供其密码。</translation>
    </message>
    <message>
        <source>Usage: prepayctl ledger verify --db FILE</source>
        <translation>用法：prepayctl ledger verify --db FILE</translation>
    </message>
    <message>
        <source>Check that every ledger transaction balances, debits equal credits overall, and every payment belongs to exactly one vend. Exits 1 when anything is wrong.</source>
        <translation>检查每笔账务交易是否借贷平衡、借方总额是否等于贷方总额，以及每笔支付是否恰好属于一笔充值。发现任何问题时以状态 1 退出。</translation>
    </message>
    <message>
        <source>The cash float.</source>
        <translation>备用金。</translation>
    </message>
    <message>
        <source>Cash counted by denomination in fen: 10000=3,500=1.</source>
        <translation>按面额（单位：分）清点的现金数量：10000=3,500=1。</translation>
    </message>
    <message>
        <source>Supervisor approving a cash difference.</source>
        <translation>为现金差额授权的值班主管。</translation>
    </message>
    <message>
        <source>Why the cash differs.</source>
        <translation>现金差额的原因。</translation>
    </message>
    <message>
        <source>report: the shift id (default: the latest).</source>
        <translation>report：班次 ID（默认：最近一个班次）。</translation>
    </message>
    <message>
        <source>Usage: prepayctl shift open|close|report ... (see --help)</source>
        <translation>用法：prepayctl shift open|close|report ...（参见 --help）</translation>
    </message>
    <message>
        <source>--count is a list like 10000=3,500=1 (denomination in fen = pieces).</source>
        <translation>--count 须为形如 10000=3,500=1 的列表（以分为单位的面额=张数）。</translation>
    </message>
    <message>
        <source>There is no shift yet.</source>
        <translation>尚无任何班次。</translation>
    </message>
    <message>
        <source>Usage: prepayctl tariff quote --account ID --amount 100.00 --db FILE</source>
        <translation>用法：prepayctl tariff quote --account ID --amount 100.00 --db FILE</translation>
    </message>
    <message>
        <source>Print the block-by-block breakdown of a sale to the account now, without selling.</source>
        <translation>按当前价格输出向该账户充值时逐个阶梯的明细，不实际充值。</translation>
    </message>
    <message>
        <source>Quote for this many units instead.</source>
        <translation>改为按此数量试算。</translation>
    </message>
    <message>
        <source>open --float AMOUNT: open the operator&apos;s shift. close --count 10000=3,500=1 (fen=pieces) [--approver USER --note TEXT]: close it; a cash difference needs a supervisor (password on standard input). report [ID]: print the Z report.</source>
        <translation>open --float AMOUNT：为操作员开班。close --count 10000=3,500=1（面额分=张数）[--approver USER --note TEXT]：结班；现金有差额时需值班主管授权（密码从标准输入读取）。report [ID]：打印结班报表。</translation>
    </message>
    <message>
        <source>Usage: prepayctl bench search|tariff|vend|sts ... (see --help)</source>
        <translation>用法：prepayctl bench search|tariff|vend|sts ...（参见 --help）</translation>
    </message>
    <message>
        <source>Measure STS credit tokens per second on one core for DKGA02 + EA07 and DKGA04 + EA11, with the decoder key derived per token and cached, and in the same run bare OpenSSL DES-ECB and HMAC-SHA-256 and the MISTY1 and EA07 block ciphers; prints each rate and the ratios.</source>
        <translation>在单个 CPU 核上测量 DKGA02 + EA07 与 DKGA04 + EA11 两种算法组合每秒生成的 STS 充值令牌数（解码密钥分别按每个令牌派生和缓存），并在同一次运行中测量直接调用 OpenSSL 的 DES-ECB、HMAC-SHA-256 以及 MISTY1 和 EA07 分组密码的速度；输出各项速率及其比值。</translation>
    </message>
    <message>
        <source>Tokens per path in each of the 5 rounds (default 20000).</source>
        <translation>每轮每种算法组合生成的令牌数（共 5 轮，默认 20000）。</translation>
    </message>
    <message>
        <source>--tokens takes a whole number from 100 to 1000000.</source>
        <translation>--tokens 取 100 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>The %1 paths disagree: the plugin, the linked copy and the cached key do not give the same token.</source>
        <translation>%1 的各条路径结果不一致：插件、链接的副本与缓存密钥生成的令牌不相同。</translation>
    </message>
    <message>
        <source>DES-ECB is not available: OpenSSL&apos;s legacy provider could not be loaded.</source>
        <translation>DES-ECB 不可用：无法加载 OpenSSL 的 legacy 提供程序。</translation>
    </message>
    <message>
        <source>DES-ECB could not be set up in OpenSSL.</source>
        <translation>无法在 OpenSSL 中初始化 DES-ECB。</translation>
    </message>
    <message>
        <source>HMAC-SHA-256 could not be set up in OpenSSL.</source>
        <translation>无法在 OpenSSL 中初始化 HMAC-SHA-256。</translation>
    </message>
    <message>
        <source>DES-ECB failed in OpenSSL.</source>
        <translation>OpenSSL 中 DES-ECB 运算失败。</translation>
    </message>
    <message>
        <source>HMAC-SHA-256 failed in OpenSSL.</source>
        <translation>OpenSSL 中 HMAC-SHA-256 运算失败。</translation>
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
        <translation>用法：prepayctl meter &lt;命令&gt; --port PORT --protocol dlt645|cjt188|modbus [--address N] [选项]

命令：
  read [--item NAME]...       读取并解码；不指定 --item 时读取标准数据集（见下文）。不指定
                              --address 时（DL/T 645、CJ/T 188），先读取线路上唯一一块表计的
                              通信地址。
  items                       列出 --item 可用的名称及其说明（只需 --protocol、--variant）
  relay ACTION                DL/T 645：trip、close-allowed、close、alarm-on、alarm-off、protect-on、
                              protect-off；Modbus：trip、close。随后回读继电器状态。
  valve open|close            CJ/T 188：开阀或关阀；输出表计返回的状态
  time [now | --set TIME]     DL/T 645：广播校时（表计不应答；指定 --address 时回读
                              时钟）；CJ/T 188：设置表计时间并回读。
                              TIME 为本地时间，格式 YYYY-MM-DDTHH:MM:SS；默认为 now（当前时间）。
  recharge --amount DECIMAL [--count N]
                              充值，然后回读表计，输出充值前后的数值

线路选项：
  --port PORT         串口设备（/dev/ttyUSB0、COM3）或 tcp://HOST:PORT（串口服务器）
  --protocol P        dlt645、cjt188 或 modbus
  --address N         DL/T 645：12 位数字；CJ/T 188：14 位数字（位数不足时在前面补零）；
                      Modbus：从站地址 1-247（默认取寄存器映射表中的地址）。除 read 外
                      的所有命令都必须指定。
  --variant V         DL/T 645：2007（默认）或 1997；CJ/T 188：2004（默认）或 2018；
                      Modbus：寄存器映射表 id（默认 generic-prepaid）
  --meter-type T      CJ/T 188 表计类型：water（10H）、hot-water（11H）、heat（20H）、gas（30H）、
                      any（AAH，通配类型；默认值）或两位十六进制数字
  --baud N            波特率；--line &quot;2400 8E1&quot; 同时指定波特率和字符格式。默认值：
                      DL/T 645 和 CJ/T 188 为 2400 8E1，Modbus 取映射表中的设置（generic-prepaid 为 9600 8N1）
  --timeout MS        每次最多等待应答 MS 毫秒（默认 1500；Modbus 为 1000）
  --tries N           每个请求总共最多发送 N 次（默认 3）
  --log FILE          将帧日志（每个字节及其方向和时间，以及链路对其的解析结果）写入
                      FILE，命令失败时也会写入

拉合闸（DL/T 645）：
  --password HEX      PA P0 P1 P2（按发送顺序），8 位十六进制数字（默认 02000000：权限等级 02，密码 000000）
  --operator-code HEX C0..C3，8 位十六进制数字（默认 00000000）；DL/T 645 购电时也会发送
  --valid-minutes N   命令在本机时钟的 N 分钟后失效（默认 10）

充值：
  --amount DECIMAL    金额，单位为元，最多两位小数
  --count N           DL/T 645：本次购电后的购电次数；CJ/T 188：购买序号（对 100 取模）。
                      默认：先读取表计当前的值，再加一。
                      表计会拒绝已经接受过的次数，因此同一笔购电绝不会充入两次：
                      失败后重试时请使用相同的 --count。
  --software-security-module
                      仅用于 DL/T 645，且 DL/T 645 必须指定：用“软件”测试安全模块封装购电数据。
                      仅适用于 prepay-metersim 和测试表计；真实表计需要厂商的安全模块（ESAM），
                      会拒绝软件模块封装的数据。
  --key TEXT          软件安全模块的密钥（默认：prepay-metersim 的测试密钥）
  Modbus：金额写入映射表中的充值寄存器；--count 不适用。

标准读取数据集：
  DL/T 645-2007：电能总量、剩余及透支金额与电量、购电次数、累计购电金额、电压、电流和
  功率、时钟、运行状态字 1 和 3（表计没有的数据项会在标准错误输出中注明并跳过）；
  DL/T 645-1997：电能、电压、电流、功率。CJ/T 188：meter_data 和 purchase_data。
  Modbus：映射表中所有可读的数据项。

输出（标准输出），供脚本使用：
  每行一个值，格式为 NAME=VALUE，第一行为 address=ADDRESS。VALUE 即表计所发送数据的
  解码结果，不做任何换算：十进制数带小数点，日期和时间采用 ISO 8601，状态以单词表示
  （open、closed、on、off、low、normal）。带单位的值之后另有一行 NAME.unit=UNIT
  （kWh、yuan、V、A、kW、m³）。DL/T 645 读取时还会根据运行状态字 3 输出 relay（open|closed）、
  relay.command（trip|close）和 alarm（on|off），根据运行状态字 1 输出 battery（low|normal），
  并由 clock.date 和 clock.time 合成 clock（日期和时间）。充值时输出 amount、count、
  balance.before、balance.after、balance.unit、count.before、count.after。
  错误、提示和表计的拒绝信息输出到标准错误。

退出码：
  0 成功
  1 其他失败（缺少协议插件、无法写入日志）
  2 用法错误：缺少选项或选项有误（消息中会指明是哪一个）
  3 链路失败：端口无法打开或中途断开，或未在规定时间内收到有效应答（超时）
  4 表计拒绝：输出解码后的错误应答
  5 充值未确认：表计已确认，但回读结果中没有这笔充值
</translation>
    </message>
    <message>
        <source>Serial device, or tcp://HOST:PORT.</source>
        <translation>串口设备，或 tcp://HOST:PORT。</translation>
    </message>
    <message>
        <source>dlt645, cjt188 or modbus.</source>
        <translation>dlt645、cjt188 或 modbus。</translation>
    </message>
    <message>
        <source>The meter&apos;s address (Modbus: unit).</source>
        <translation>表计通信地址（Modbus：从站地址）。</translation>
    </message>
    <message>
        <source>Protocol edition, or the Modbus register map id.</source>
        <translation>协议版本，或 Modbus 寄存器映射表 id。</translation>
    </message>
    <message>
        <source>CJ/T 188 meter type: water, hot-water, heat, gas, any, or hex.</source>
        <translation>CJ/T 188 表计类型：water、hot-water、heat、gas、any 或十六进制值。</translation>
    </message>
    <message>
        <source>Line speed.</source>
        <translation>波特率。</translation>
    </message>
    <message>
        <source>Speed and character format, e.g. &quot;2400 8E1&quot;.</source>
        <translation>波特率和字符格式，例如 &quot;2400 8E1&quot;。</translation>
    </message>
    <message>
        <source>Reply timeout per try, milliseconds.</source>
        <translation>每次尝试的应答超时，单位为毫秒。</translation>
    </message>
    <message>
        <source>Sends per request in all.</source>
        <translation>每个请求的总发送次数。</translation>
    </message>
    <message>
        <source>Write the frame log to FILE.</source>
        <translation>将帧日志写入文件 FILE。</translation>
    </message>
    <message>
        <source>read: an item to read (repeatable).</source>
        <translation>read：要读取的数据项（可重复指定）。</translation>
    </message>
    <message>
        <source>DL/T 645 relay password PA P0 P1 P2, 8 hex digits.</source>
        <translation>DL/T 645 拉合闸密码 PA P0 P1 P2，8 位十六进制数字。</translation>
    </message>
    <message>
        <source>DL/T 645 operator code C0..C3, 8 hex digits.</source>
        <translation>DL/T 645 操作者代码 C0..C3，8 位十六进制数字。</translation>
    </message>
    <message>
        <source>DL/T 645 relay: the command expires after N minutes.</source>
        <translation>DL/T 645 拉合闸：命令在 N 分钟后失效。</translation>
    </message>
    <message>
        <source>time: the time to set, YYYY-MM-DDTHH:MM:SS (local).</source>
        <translation>time：要设置的时间，YYYY-MM-DDTHH:MM:SS（本地时间）。</translation>
    </message>
    <message>
        <source>recharge: the amount, yuan.</source>
        <translation>recharge：充值金额，单位为元。</translation>
    </message>
    <message>
        <source>recharge: purchase count (DL/T 645) or sequence (CJ/T 188) of this purchase.</source>
        <translation>recharge：本次购买的购电次数（DL/T 645）或购买序号（CJ/T 188）。</translation>
    </message>
    <message>
        <source>DL/T 645 recharge: use the software security module (prepay-metersim and test meters only).</source>
        <translation>DL/T 645 充值：使用软件安全模块（仅限 prepay-metersim 和测试表计）。</translation>
    </message>
    <message>
        <source>The software security module&apos;s key.</source>
        <translation>软件安全模块的密钥。</translation>
    </message>
    <message>
        <source>--%1 is 8 hex digits (4 bytes as sent), not “%2”.</source>
        <translation>--%1 须为 8 位十六进制数字（按发送顺序的 4 字节），而不是“%2”。</translation>
    </message>
    <message>
        <source>Give --protocol: dlt645, cjt188 or modbus.</source>
        <translation>请指定 --protocol：dlt645、cjt188 或 modbus。</translation>
    </message>
    <message>
        <source>The %1 plugin is not available. Plugin folders: %2</source>
        <translation>%1 插件不可用。插件目录：%2</translation>
    </message>
    <message>
        <source>--protocol is dlt645, cjt188 or modbus, not “%1”.</source>
        <translation>--protocol 须为 dlt645、cjt188 或 modbus，而不是“%1”。</translation>
    </message>
    <message>
        <source>--variant for %1 is one of %2, not “%3”.</source>
        <translation>%1 的 --variant 须为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>--meter-type is water, hot-water, heat, gas, any or two hex digits, not “%1”.</source>
        <translation>--meter-type 须为 water、hot-water、heat、gas、any 或两位十六进制数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give --port: a serial device or tcp://HOST:PORT.</source>
        <translation>请指定 --port：串口设备或 tcp://HOST:PORT。</translation>
    </message>
    <message>
        <source>Give --address: %1 changes a meter, so prepayctl does not guess which one.</source>
        <translation>请指定 --address：%1 会改变表计的状态，因此 prepayctl 不会自行猜测是哪一块表计。</translation>
    </message>
    <message>
        <source>note: the meter has no %1; skipped.</source>
        <translation>注意：表计没有 %1，已跳过。</translation>
    </message>
    <message>
        <source>The meter&apos;s reply to “read address” has no address.</source>
        <translation>表计对“读通信地址”的应答中没有通信地址。</translation>
    </message>
    <message>
        <source>CJ/T 188 meters have a valve, not a relay: use prepayctl meter valve open|close.</source>
        <translation>CJ/T 188 表计有阀门而没有继电器：请使用 prepayctl meter valve open|close。</translation>
    </message>
    <message>
        <source>Say what the relay is to do: prepayctl meter relay trip|close-allowed|close|alarm-on|alarm-off|protect-on|protect-off.</source>
        <translation>请指定继电器操作：prepayctl meter relay trip|close-allowed|close|alarm-on|alarm-off|protect-on|protect-off。</translation>
    </message>
    <message>
        <source>Only CJ/T 188 (water, gas, heat) meters have a valve; for a relay use prepayctl meter relay.</source>
        <translation>只有 CJ/T 188（水、气、热）表计有阀门；继电器请使用 prepayctl meter relay。</translation>
    </message>
    <message>
        <source>Say what the valve is to do: prepayctl meter valve open|close.</source>
        <translation>请指定阀门操作：prepayctl meter valve open|close。</translation>
    </message>
    <message>
        <source>Use prepayctl meter time now, or time --set YYYY-MM-DDTHH:MM:SS.</source>
        <translation>请使用 prepayctl meter time now，或 time --set YYYY-MM-DDTHH:MM:SS。</translation>
    </message>
    <message>
        <source>Give either now or --set, not both.</source>
        <translation>now 和 --set 只能指定其一。</translation>
    </message>
    <message>
        <source>--set is a local date and time, YYYY-MM-DDTHH:MM:SS, not “%1”.</source>
        <translation>--set 须为本地日期和时间 YYYY-MM-DDTHH:MM:SS，而不是“%1”。</translation>
    </message>
    <message>
        <source>The Modbus register maps have no clock to set.</source>
        <translation>Modbus 寄存器映射表中没有可设置的时钟。</translation>
    </message>
    <message>
        <source>The meter did not give its balance (%1): it may not be a money prepaid meter.</source>
        <translation>表计未返回余额（%1）：它可能不是金额型预付费表。</translation>
    </message>
    <message>
        <source>Give --amount: the money to load, in yuan (e.g. 50 or 12.34).</source>
        <translation>请指定 --amount：充值金额，单位为元（例如 50 或 12.34）。</translation>
    </message>
    <message>
        <source>--amount must be more than zero.</source>
        <translation>--amount 必须大于零。</translation>
    </message>
    <message>
        <source>--count does not apply to Modbus: the credit write carries no purchase count.</source>
        <translation>--count 不适用于 Modbus：写入充值时不带购电次数。</translation>
    </message>
    <message>
        <source>Register map %1 has no money credit register.</source>
        <translation>寄存器映射表 %1 中没有金额充值寄存器。</translation>
    </message>
    <message>
        <source>DL/T 645 meters take a purchase only when it is sealed by a security module. prepayctl has only the SOFTWARE test module, which prepay-metersim and test meters accept and real meters refuse: add --software-security-module to use it. Real meters need the vendor&apos;s module (ESAM).</source>
        <translation>DL/T 645 表计只接受经安全模块封装的购电数据。prepayctl 只有“软件”测试模块，prepay-metersim 和测试表计接受它，真实表计则会拒绝：如需使用，请加上 --software-security-module。真实表计需要厂商的安全模块（ESAM）。</translation>
    </message>
    <message>
        <source>The meter did not give its purchase count; give --count.</source>
        <translation>表计未返回购电次数；请指定 --count。</translation>
    </message>
    <message>
        <source>The meter did not confirm the purchase. Read it back before trying again, and retry with the same --count %1: the meter takes it only once.</source>
        <translation>表计未确认本次购电。重试前请先回读表计，并使用相同的 --count %1 重试：表计对同一次数只接受一次。</translation>
    </message>
    <message>
        <source>The meter acknowledged the purchase, but reading it back failed.</source>
        <translation>表计已确认本次购电，但回读失败。</translation>
    </message>
    <message>
        <source>The meter acknowledged the purchase, but reading it back does not show the credit of %1: do not sell it again; check the meter.</source>
        <translation>表计已确认本次购电，但回读结果中没有 %1 的充值：请勿再次售出，请检查表计。</translation>
    </message>
    <message>
        <source>Unknown meter command: %1. See prepayctl meter --help.</source>
        <translation>未知的 meter 命令：%1。请参见 prepayctl meter --help。</translation>
    </message>
    <message>
        <source>prepayctl meter %1 (prepayctl meter --help has the details: output format, exit status, every option).</source>
        <translation>prepayctl meter %1（详细说明见 prepayctl meter --help：输出格式、退出码和所有选项）。</translation>
    </message>
    <message>
        <source>relay, valve, time: what to do.</source>
        <translation>relay、valve、time：要执行的操作。</translation>
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
        <translation>用法：prepayctl card &lt;命令&gt; --db FILE [--reader NAME] [--unlock-vault] [选项]

命令：
  readers                   列出 PC/SC 识别到的读卡器，每行一个
  read                      读取读卡器中的卡，输出 name=value 行；表计回写到卡上的数据
                            （读数、报警）会被记录
  issue --meter SERIAL --yes
                            用读卡器中的空白卡为表计开卡
  topup --account ID (--amount AMOUNT | --units UNITS) [--key UUID]
                            向客户的用户卡充值（同 `vend sell`）
  reissue --meter SERIAL --approver USER --reason TEXT --yes
                            挂失该表计丢失或损坏的卡，并用读卡器中的空白卡补卡
                            （值班主管的密码位于密钥库口令的下一行）

除 readers 外，所有命令都需要先解锁密钥库（--unlock-vault，口令从标准输入的第一行读取）。
退出码：0 成功，1 失败，2 用法错误，3 无 PC/SC 服务、读卡器或卡，4 卡无法使用
（problem= 行说明原因）。
</translation>
    </message>
    <message>
        <source>Unknown card command &quot;%1&quot;.</source>
        <translation>未知的 card 命令“%1”。</translation>
    </message>
    <message>
        <source>The meter&apos;s serial.</source>
        <translation>表计的表号。</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIAL</translation>
    </message>
    <message>
        <source>The approving supervisor (reissue).</source>
        <translation>授权的值班主管（reissue）。</translation>
    </message>
    <message>
        <source>Why the card is replaced.</source>
        <translation>补卡原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Confirm writing a new card (it cannot be made blank again).</source>
        <translation>确认写入新卡（写入后无法恢复为空白卡）。</translation>
    </message>
    <message>
        <source>Name the meter with --meter SERIAL.</source>
        <translation>请用 --meter SERIAL 指定表计。</translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation>没有表号为 %1 的表计。</translation>
    </message>
    <message>
        <source>A replacement card needs --approver USER with the password on standard input.</source>
        <translation>补卡须指定 --approver USER，并从标准输入提供其密码。</translation>
    </message>
    <message>
        <source>Unlock the key vault for STS meters and IC cards (the passphrase on the first line of standard input).</source>
        <translation>为 STS 表计和 IC卡解锁密钥库（口令从标准输入的第一行读取）。</translation>
    </message>
    <message>
        <source>The card reader for IC-card meters (default: PREPAYDESK_CARD_READER, else the first reader with a card).</source>
        <translation>IC卡表使用的读卡器（默认：PREPAYDESK_CARD_READER，否则为第一个插有卡的读卡器）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <translation>用法：prepayctl &lt;命令&gt; [选项]

命令：
  customers search QUERY --db FILE [--limit N]   查找客户（编号、姓名、电话、账户）
  customers reindex --db FILE                    重建搜索索引
  import customers FILE.csv --db FILE [--skip-bad-lines] [--operator USER]
  export customers FILE.csv --db FILE [--operator USER]
  demo generate --customers N --db FILE [--seed S] [--reading-months M]
  operators add --username U --name NAME --role ROLE --db FILE   （密码从标准输入读取）
  operators list --db FILE
  tariff quote --account ID --amount 100.00 --db FILE   按阶梯逐档列出试算结果
  shift open --float 500.00 | close --count 10000=3,... | report [ID]   （--db、--operator）
  vend --account ID --amount 100.00 --method cash [--key UUID] --db FILE
  vend pending | finish ID | void ID | reverse ID --approver USER --reason TEXT
  ledger verify --db FILE                        核对每笔账务借贷平衡；不平衡时退出码为 1
  bench search --db FILE [--queries N]           搜索耗时，与直接查询 SQLite 对比
  bench tariff [--quotes N]                      每秒试算次数
  bench vend --db FILE [--vends N]               每秒充值笔数，与直接写入 SQLite 对比
  bench sts [--tokens N]                         每秒生成 STS 令牌数，与 OpenSSL 对比
  sts credit|decoder-key|decode|...（参见 prepayctl sts --help）   STS 令牌（IEC 62055-41）
  meter read|items|relay|valve|time|recharge --port PORT --protocol dlt645|cjt188|modbus
                                                 通过串口线路访问表计（参见 meter --help）
  card readers|read|issue|topup|reissue          PC/SC 读卡器中的 IC卡（参见 card --help）

每个命令都支持 --help。退出码：0 成功，1 失败，2 用法错误；meter 命令另有
3 无连接或无应答，4 表计拒绝，5 充值未确认；card 命令另有 3 无读卡器或卡，
4 卡无法使用。
</translation>
    </message>
</context>
<context>
    <name>prepaydesk::AccountVendsPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>充入量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>充值码</translation>
    </message>
    <message>
        <source>Recent sales on this account</source>
        <translation>该账户近期充值记录</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>补打(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the selected sale&apos;s receipt again, with the same credit (Alt+R)</source>
        <translation>重新打印所选充值的票据，充值码不变 (Alt+R)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲正(&amp;V)…</translation>
    </message>
    <message>
        <source>Undo the selected delivered sale with a supervisor&apos;s approval (Alt+V)</source>
        <translation>经值班主管授权，冲正所选的已到账充值 (Alt+V)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reprint(s)</source>
        <translation>
            <numerusform>%1，已补打 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse sale %1</source>
        <translation>冲正充值记录 %1</translation>
    </message>
    <message>
        <source>Sale %1 of %2 to %3 is undone and the payment goes back to the customer.</source>
        <translation>将撤销充值记录 %1（为 %3 充值 %2），款项退还给客户。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Credit code %1 was already given to the customer and cannot be taken back. Unless the debt is waived, its value (%2) becomes the account&apos;s debt and is recovered from the next purchases. Waiving writes it off for good, in the approver&apos;s name.</source>
        <translation>充值码 %1 已交给客户，无法收回。除非免除欠款，否则其价值（%2）将计为该账户的欠款，并从之后的充值中回收。免除欠款将以授权人的名义永久核销该笔款项。</translation>
    </message>
    <message>
        <source>Sale %1 was reversed with %2&apos;s approval: give %3 back to the customer.</source>
        <translation>充值记录 %1 已经 %2 授权冲正：请退还客户 %3。</translation>
    </message>
    <message>
        <source>Account %1 now owes %2, recovered from its next purchases.</source>
        <translation>账户 %1 现欠款 %2，将从之后的充值中回收。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ApprovalDialog</name>
    <message>
        <source>A supervisor other than %1 logs in here to approve.</source>
        <translation>请由 %1 以外的值班主管在此登录授权。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name</source>
        <translation>值班主管用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Waive the debt</source>
        <translation>免除欠款(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>授权(&amp;A)</translation>
    </message>
    <message>
        <source>Log in as the supervisor and approve (Enter)</source>
        <translation>以值班主管身份登录并授权 (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go back without approving (Esc)</source>
        <translation>不授权并返回 (Esc)</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s user name.</source>
        <translation>请输入值班主管的用户名。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the approval.</source>
        <translation>请填写原因，原因将与授权记录一并保存。</translation>
    </message>
    <message>
        <source>%1 cannot approve their own request: another supervisor must log in.</source>
        <translation>%1 不能为自己的申请授权：须由另一位值班主管登录。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot approve this; a supervisor must log in.</source>
        <translation>%1（%2）无权授权此操作：须由值班主管登录。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::CardsPanel</name>
    <message>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>Customer&apos;s card</source>
        <translation>用户卡</translation>
    </message>
    <message>
        <source>Engineer: setup card</source>
        <translation>工程卡（设置卡）</translation>
    </message>
    <message>
        <source>Engineer: check card</source>
        <translation>工程卡（检查卡）</translation>
    </message>
    <message>
        <source>Engineer: clear card</source>
        <translation>工程卡（清零卡）</translation>
    </message>
    <message>
        <source>Engineer: tool card</source>
        <translation>工程卡（工具卡）</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>读卡器(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;ad card (F5)</source>
        <translation>读卡(&amp;A) (F5)</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>充值(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Issue card…</source>
        <translation>开卡(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;place lost card…</source>
        <translation>挂失补卡(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Engineer card…</source>
        <translation>工程卡(&amp;E)…</translation>
    </message>
    <message>
        <source>Check security &amp;code…</source>
        <translation>校验卡密码(&amp;C)…</translation>
    </message>
    <message>
        <source>The card has one security-code try left: a supervisor approves checking it once</source>
        <translation>此卡的卡密码只剩一次尝试机会：须经值班主管授权后校验一次</translation>
    </message>
    <message>
        <source>The card was taken out of the reader.</source>
        <translation>卡已从读卡器中取出。</translation>
    </message>
    <message>
        <source>First reader with a card</source>
        <translation>第一个插有卡的读卡器</translation>
    </message>
    <message>
        <source>SLE4442 memory card</source>
        <translation>SLE4442逻辑加密卡</translation>
    </message>
    <message>
        <source>CPU card</source>
        <translation>CPU卡</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1，卡号 %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Blank: not issued yet</source>
        <translation>空白卡：尚未开卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Blacklisted: %1</source>
        <translation>已挂失：%1</translation>
    </message>
    <message>
        <source>Not in this console&apos;s records</source>
        <translation>不在本控制台的记录中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>%1 — %2 (account %3)</source>
        <translation>%1 — %2（账户 %3）</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Credit on the card</source>
        <translation>卡上充值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 — not loaded yet: the customer puts the card in the meter</source>
        <translation>%1 — 尚未读入表计：请客户将卡插入表计</translation>
    </message>
    <message>
        <source>%1 — loaded by the meter</source>
        <translation>%1 — 表计已读入</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Open the valve / close the relay</source>
        <translation>开阀 / 合闸</translation>
    </message>
    <message>
        <source>Close the valve / open the relay</source>
        <translation>关阀 / 拉闸</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>alarm at %1, overdraft %2, most %3</source>
        <translation>报警值 %1，透支额 %2，最大余额 %3</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Meter wrote back</source>
        <translation>表计回写</translation>
    </message>
    <message>
        <source>%1: purchase %2 loaded, %3 left, %4 used in all</source>
        <translation>%1：已读入第 %2 次购买，剩余 %3，累计用量 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>valve closed / relay open</source>
        <translation>已关阀 / 已拉闸</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>tamper</source>
        <translation>防拆报警</translation>
    </message>
    <message>
        <source>low battery</source>
        <translation>电池欠压</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>nothing yet: the card has not been in the meter</source>
        <translation>暂无：此卡尚未插入过表计</translation>
    </message>
    <message>
        <source>PSC tries left</source>
        <translation>密码（PSC）剩余尝试次数</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation>读卡器中没有卡。</translation>
    </message>
    <message>
        <source>The card has one security-code try left: it is not written until a supervisor approves checking the code (Check security code…).</source>
        <translation>此卡的卡密码只剩一次尝试机会：须经值班主管授权校验卡密码（“校验卡密码…”）后才能写卡。</translation>
    </message>
    <message>
        <source>The card is locked: its security code has no tries left. Replace the card.</source>
        <translation>此卡已锁定：卡密码已无剩余尝试次数。请补卡。</translation>
    </message>
    <message>
        <source>A blank card: issue it for a meter, as a replacement, or as an engineer&apos;s card.</source>
        <translation>空白卡：可为表计开卡、用于补卡，或写为工程卡。</translation>
    </message>
    <message>
        <source>There is no meter %1.</source>
        <translation>没有表号为 %1 的表计。</translation>
    </message>
    <message>
        <source>Write the card</source>
        <translation>写卡</translation>
    </message>
    <message>
        <source>%1

A card given its serial and security code cannot be made blank again. Write it?</source>
        <translation>%1

卡一旦写入卡号和卡密码，便无法恢复为空白卡。确定写卡吗？</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>正在写卡…</translation>
    </message>
    <message>
        <source>Card %1 issued for meter %2.</source>
        <translation>已为表计 %2 开卡，卡号 %1。</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>开卡</translation>
    </message>
    <message>
        <source>Meter serial the card is for:</source>
        <translation>此卡对应的表号：</translation>
    </message>
    <message>
        <source>Issue the card in the reader for meter %1.</source>
        <translation>用读卡器中的卡为表计 %1 开卡。</translation>
    </message>
    <message>
        <source>Writing the replacement card…</source>
        <translation>正在写入补卡…</translation>
    </message>
    <message>
        <source>Card %1 replaces the meter&apos;s old card, which is now blacklisted.</source>
        <translation>卡 %1 已替换该表计的旧卡，旧卡现已挂失。</translation>
    </message>
    <message>
        <source>Replace a lost or damaged card</source>
        <translation>挂失补卡（卡丢失或损坏）</translation>
    </message>
    <message>
        <source>Meter serial of the lost or damaged card:</source>
        <translation>丢失或损坏的卡所对应的表号：</translation>
    </message>
    <message>
        <source>Blacklist the card in use of meter %1 and issue the card in the reader in its place.</source>
        <translation>挂失表计 %1 的在用卡，并用读卡器中的卡补卡。</translation>
    </message>
    <message>
        <source>Approve a replacement card</source>
        <translation>授权补卡</translation>
    </message>
    <message>
        <source>The old card of meter %1 will be refused by the meter and at this counter.</source>
        <translation>表计 %1 的旧卡将被表计和本柜台拒绝。</translation>
    </message>
    <message>
        <source>Writing the engineer&apos;s card…</source>
        <translation>正在写入工程卡…</translation>
    </message>
    <message>
        <source>%1 written on card %2.</source>
        <translation>已将%1写入卡 %2。</translation>
    </message>
    <message>
        <source>Write an engineer&apos;s card</source>
        <translation>写工程卡</translation>
    </message>
    <message>
        <source>empty: any meter of the utility</source>
        <translation>留空：适用于本单位的任何表计</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>卡类型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Meter serial:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
    <message>
        <source>Tool &amp;action:</source>
        <translation>工具卡操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Type the alarm and overdraft as amounts, e.g. 10.00.</source>
        <translation>请以金额形式输入报警金额和透支金额，例如 10.00。</translation>
    </message>
    <message>
        <source>Write a %1.</source>
        <translation>写入%1。</translation>
    </message>
    <message>
        <source>Approve an engineer&apos;s card</source>
        <translation>授权写工程卡</translation>
    </message>
    <message>
        <source>%1: it changes any meter it is put into%2.</source>
        <translation>%1：会更改插入此卡的任何表计%2。</translation>
    </message>
    <message>
        <source> (only meter %1)</source>
        <translation>（仅限表计 %1）</translation>
    </message>
    <message>
        <source>Checking the card&apos;s security code…</source>
        <translation>正在校验卡密码…</translation>
    </message>
    <message numerus="yes">
        <source>The security code is right: the card has %n try(s) again.</source>
        <translation>
            <numerusform>卡密码正确：此卡的尝试次数已恢复为 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve checking the security code</source>
        <translation>授权校验卡密码</translation>
    </message>
    <message>
        <source>The card has a single security-code try left. If the code were wrong the card would lock for good; PrepayDesk presents the code it derives for this card once.</source>
        <translation>此卡的卡密码只剩一次尝试机会。若密码错误，卡将被永久锁定；PrepayDesk 将提交为此卡推算出的卡密码，仅尝试一次。</translation>
    </message>
    <message>
        <source>Money (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Units (kWh or m³)</source>
        <translation>数量（kWh 或 m³）</translation>
    </message>
    <message>
        <source>Meter &amp;keeps:</source>
        <translation>表计计量方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Alarm at:</source>
        <translation>报警值(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Overdraft:</source>
        <translation>透支额(&amp;O)：</translation>
    </message>
    <message>
        <source>Type the alarm and overdraft in kWh or m³, e.g. 10.000.</source>
        <translation>请以数量（kWh 或 m³）输入报警值和透支额，例如 10.000。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerDetailPanel</name>
    <message>
        <source>Account no.</source>
        <translation>账户号</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>价格方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>充值方式</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>STS keys / card</source>
        <translation>STS 密钥 / 卡号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>表底数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Only the last four characters are shown.</source>
        <translation>仅显示最后四位。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>账户（%1）</translation>
    </message>
    <message>
        <source>Meters (%1)</source>
        <translation>表计（%1）</translation>
    </message>
    <message>
        <source>Meter history (%1)</source>
        <translation>表计历史（%1）</translation>
    </message>
    <message>
        <source>Change history (%1)</source>
        <translation>变更记录（%1）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>替换 %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>由 %1 替换</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>关联 %1</translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>mobile 13800138000 or landline 010-12345678</source>
        <translation>手机 13800138000 或固话 010-12345678</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>City / District / Community / Building</source>
        <translation>城市 / 区县 / 社区 / 楼栋</translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomerSearchModel</name>
    <message>
        <source>%1 (exact)</source>
        <translation>%1（精确）</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配字段</translation>
    </message>
</context>
<context>
    <name>prepaydesk::CustomersPage</name>
    <message>
        <source>Name, pinyin (zs), phone, account, meter, card or customer no.</source>
        <translation>姓名、拼音首字母 (zs)、电话、账户号、表号、卡号或客户编号</translation>
    </message>
    <message>
        <source>Type to search. ↓ moves into the results, Esc comes back, Enter edits.</source>
        <translation>输入内容即可搜索。按 ↓ 进入结果列表，按 Esc 返回，按 Enter 编辑。</translation>
    </message>
    <message>
        <source>The first %1 matches are shown; type more to narrow the search.</source>
        <translation>仅显示前 %1 条匹配结果；请输入更多内容以缩小范围。</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected customer (Ctrl+E or Enter)</source>
        <translation>编辑所选客户 (Ctrl+E 或 Enter)</translation>
    </message>
    <message>
        <source>Open an electricity, water or gas account</source>
        <translation>开立电力、供水或燃气账户</translation>
    </message>
    <message>
        <source>Import customers, accounts and meters from a CSV file</source>
        <translation>从 CSV 文件导入客户、账户和表计</translation>
    </message>
    <message>
        <source>Export every customer to a CSV file</source>
        <translation>将所有客户导出到 CSV 文件</translation>
    </message>
    <message>
        <source>Customer %1 (%2) was created.</source>
        <translation>已创建客户 %1（%2）。</translation>
    </message>
    <message>
        <source>Customer %1 was saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <source>Account %1 was opened.</source>
        <translation>已开立账户 %1。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Customers exported to %1.</source>
        <translation>客户已导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available to the role %1.</source>
        <translation>%1角色不可使用。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::EngineerPage</name>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Cards &amp; meters</source>
        <translation>IC卡与表计</translation>
    </message>
    <message>
        <source>&amp;Meter serial</source>
        <translation>表号(&amp;M)</translation>
    </message>
    <message>
        <source>Serial of an STS meter, or part of it</source>
        <translation>STS 表计的表号或其中一部分</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter chooses the first meter found</source>
        <translation>Ctrl+F；按 Enter 选择找到的第一块表计</translation>
    </message>
    <message>
        <source>STS meters</source>
        <translation>STS 表计</translation>
    </message>
    <message>
        <source>STS state of the meter</source>
        <translation>表计的 STS 状态</translation>
    </message>
    <message>
        <source>&amp;1 Management token</source>
        <translation>&amp;1 管理令牌</translation>
    </message>
    <message>
        <source>&amp;2 Key change</source>
        <translation>&amp;2 密钥变更</translation>
    </message>
    <message>
        <source>&amp;3 Decode a token</source>
        <translation>&amp;3 解码令牌</translation>
    </message>
    <message>
        <source>You can look meters up here. Management tokens, key changes and decoding tokens are for engineers, supervisors and administrators.</source>
        <translation>您可以在此查询表计。管理令牌、密钥变更和令牌解码仅限表计工程师、值班主管和管理员使用。</translation>
    </message>
    <message>
        <source>The STS driver plugin is not loaded, so no token can be made or decoded here. Settings lists the driver plugins and why one did not load.</source>
        <translation>STS 驱动插件未加载，因此无法在此生成或解码令牌。“设置”页面列出了各驱动插件及其未能加载的原因。</translation>
    </message>
    <message>
        <source>The key vault is locked: management tokens and decoding need it unlocked. An administrator unlocks it in Settings, Key vault. Key changes can be scheduled meanwhile.</source>
        <translation>密钥库已锁定：生成管理令牌和解码令牌都需要先解锁。管理员可在“设置 &gt; 密钥库”中解锁。在此期间仍可安排密钥变更。</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>No STS keypad meter matches the serial typed.</source>
        <translation>没有与所输入表号匹配的 STS 键盘表。</translation>
    </message>
    <message>
        <source>Choose a meter in the list.</source>
        <translation>请在列表中选择表计。</translation>
    </message>
    <message>
        <source>Meter %1 (%2, %3)</source>
        <translation>表计 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Customer: %1, account %2</source>
        <translation>客户：%1，账户 %2</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>Keys: none recorded; the meter&apos;s SGC, TI and KRN are needed for tokens.</source>
        <translation>密钥：未记录；生成令牌需要该表计的 SGC、TI 和 KRN。</translation>
    </message>
    <message>
        <source>Token identifiers count from base date %1.</source>
        <translation>令牌标识从基准日期 %1 起计。</translation>
    </message>
    <message>
        <source>Last token: identifier %1, made for %2.</source>
        <translation>最近一个令牌：标识 %1，签发时间 %2。</translation>
    </message>
    <message>
        <source>Last token: none made at this console yet.</source>
        <translation>最近一个令牌：本控制台尚未生成过。</translation>
    </message>
    <message>
        <source>Key expires on %1.</source>
        <translation>密钥于 %1 到期。</translation>
    </message>
    <message>
        <source>Key change waiting: to %1. The meter&apos;s next sale begins with the key change tokens.</source>
        <translation>待执行的密钥变更：变更为 %1。该表计下次充值时将先给出密钥变更令牌。</translation>
    </message>
    <message>
        <source>No key change waiting.</source>
        <translation>没有待执行的密钥变更。</translation>
    </message>
    <message>
        <source>STS &amp;keypad meters</source>
        <translation>STS 键盘表(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Serial meters</source>
        <translation>串口表计(&amp;S)</translation>
    </message>
    <message>
        <source>STS keypad meters: management tokens, key changes and tokens a customer reads out. Serial meters: read, control and load credit over the serial line. IC cards: read the card in the reader, issue, replace and write engineers&apos; cards.</source>
        <translation>STS 键盘表：管理令牌、密钥变更，以及客户念出的令牌。串口表计：通过串口线路抄读、控制表计并充值。IC卡：读取读卡器中的卡、开卡、补卡以及写工程卡。</translation>
    </message>
    <message>
        <source>&amp;IC cards</source>
        <translation>IC卡(&amp;I)</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ExportDialog</name>
    <message>
        <source>Writing customers…</source>
        <translation>正在写入客户…</translation>
    </message>
    <message>
        <source>Writing customers: %1 of %2</source>
        <translation>正在写入客户：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>The export is complete: %n row(s) written.</source>
        <translation>
            <numerusform>导出完成：共写入 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::FirstAdminDialog</name>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::FrameLog</name>
    <message numerus="yes">
        <source>(%n earlier entries were dropped to keep the log small)</source>
        <translation>
            <numerusform>（为控制日志大小，已删除较早的 %n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>The frame log cannot be saved to %1: %2</source>
        <translation>无法将帧日志保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking and storing lines: %1 of %2</source>
        <translation>正在检查并保存各行：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling — nothing will be stored…</source>
        <translation>正在取消，不会保存任何数据…</translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>The file was read as GB18030 (saved by Excel).</source>
        <translation>文件已按 GB18030 编码读取（Excel 保存的格式）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the error list</source>
        <translation>保存错误列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Correct the file and import it again, or choose &quot;Skip bad lines&quot;.</source>
        <translation>请修正文件后重新导入，或选择“跳过错误行”。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 customers, %2 accounts, %3 meters.</source>
        <translation>新增：客户 %1 位，账户 %2 个，表计 %3 块。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors skipped and listed below.</source>
        <translation>
            <numerusform>有错误的 %n 行已跳过，列在下方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n error(s) in the file.</source>
        <translation>
            <numerusform>未保存任何数据：文件中有 %n 处错误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyChangePanel</name>
    <message>
        <source>&amp;Schedule key change…</source>
        <translation>安排密钥变更(&amp;S)…</translation>
    </message>
    <message>
        <source>Call &amp;off the waiting change…</source>
        <translation>取消待执行的变更(&amp;O)…</translation>
    </message>
    <message>
        <source>A key change moves the meter to another supply group code, tariff index or key revision (a new key, a tariff change, key expiry, the move off base date 1993). Once it is scheduled, the meter&apos;s next sale begins with the key change tokens — two for a 64-bit key, four for a 128-bit one — and the receipt tells the customer to enter them first, in order. Credit from then on is made with the new key.</source>
        <translation>密钥变更会将表计切换到另一个供电组代码、费率索引或密钥版本号（新密钥、费率变更、密钥到期、从基准日期 1993 迁移）。安排之后，该表计下次充值时会先给出密钥变更令牌——64 位密钥为两个，128 位密钥为四个——票据会提示客户先按顺序输入这些令牌。此后的充值均用新密钥生成。</translation>
    </message>
    <message>
        <source>Present key</source>
        <translation>当前密钥</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>New &amp;key</source>
        <translation>新密钥(&amp;K)</translation>
    </message>
    <message>
        <source>New &amp;tariff index</source>
        <translation>新费率索引(&amp;T)</translation>
    </message>
    <message>
        <source>This console has no key vault, so there is no key to change to.</source>
        <translation>本控制台没有密钥库，因此没有可变更到的密钥。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The key vault has no vending keys yet: an administrator adds them in Settings, Key vault.</source>
        <translation>密钥库中还没有售电密钥：须由管理员在“设置 &gt; 密钥库”中添加。</translation>
    </message>
    <message>
        <source>The keys are those in the key vault; an administrator adds a new one in Settings, Key vault.</source>
        <translation>可选的密钥来自密钥库；管理员可在“设置 &gt; 密钥库”中添加新密钥。</translation>
    </message>
    <message>
        <source>Choose a meter.</source>
        <translation>请选择表计。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 — the meter&apos;s next sale begins with its key change tokens.</source>
        <translation>%1 — 该表计下次充值时将先给出密钥变更令牌。</translation>
    </message>
    <message>
        <source>No key change waiting.</source>
        <translation>没有待执行的密钥变更。</translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators change meter keys.</source>
        <translation>只有表计工程师、值班主管和管理员才能变更表计密钥。</translation>
    </message>
    <message>
        <source>A supervisor other than you approves the key change, with the reason</source>
        <translation>须由您以外的值班主管授权密钥变更，并填写原因</translation>
    </message>
    <message>
        <source>Approve a key change</source>
        <translation>授权密钥变更</translation>
    </message>
    <message>
        <source>Meter %1 moves from %2 to %3. Its next sale begins with the key change tokens; the reason is kept in the meter&apos;s history.</source>
        <translation>表计 %1 将从 %2 变更为 %3。该表计下次充值时将先给出密钥变更令牌；原因将记入表计历史。</translation>
    </message>
    <message>
        <source>Key change to %1 scheduled for meter %2. The meter&apos;s next sale begins with the key change tokens, and the receipt tells the customer to enter them first, in order.</source>
        <translation>已为表计 %2 安排密钥变更，变更为 %1。该表计下次充值时将先给出密钥变更令牌，票据会提示客户先按顺序输入这些令牌。</translation>
    </message>
    <message>
        <source>Key change scheduled for meter %1.</source>
        <translation>已为表计 %1 安排密钥变更。</translation>
    </message>
    <message>
        <source>Approve calling off a key change</source>
        <translation>授权取消密钥变更</translation>
    </message>
    <message>
        <source>Meter %1 keeps %2; the key change to %3 is called off.</source>
        <translation>表计 %1 保持 %2；取消变更为 %3 的密钥变更。</translation>
    </message>
    <message>
        <source>The key change of meter %1 was called off; it keeps its present key.</source>
        <translation>表计 %1 的密钥变更已取消，继续使用当前密钥。</translation>
    </message>
    <message>
        <source>Key change called off for meter %1.</source>
        <translation>已取消表计 %1 的密钥变更。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyDialog</name>
    <message>
        <source>E&amp;xpires on</source>
        <translation>到期日期(&amp;X)</translation>
    </message>
    <message>
        <source>Add a vending key</source>
        <translation>添加售电密钥</translation>
    </message>
    <message>
        <source>The key is sealed in the vault as soon as it is added. It is never shown again, not even here: check it before adding.</source>
        <translation>密钥一经添加即加密封存在密钥库中，之后不会再显示，在此处也不会：请在添加前仔细核对。</translation>
    </message>
    <message>
        <source>six digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>&amp;Supply group code</source>
        <translation>供电组代码(&amp;S)</translation>
    </message>
    <message>
        <source>0 — initialisation key (DITK)</source>
        <translation>0 — 初始化密钥（DITK）</translation>
    </message>
    <message>
        <source>1 — default key (DDTK)</source>
        <translation>1 — 默认密钥（DDTK）</translation>
    </message>
    <message>
        <source>2 — unique key (DUTK)</source>
        <translation>2 — 专用密钥（DUTK）</translation>
    </message>
    <message>
        <source>3 — common key (DCTK)</source>
        <translation>3 — 公共密钥（DCTK）</translation>
    </message>
    <message>
        <source>Key &amp;type</source>
        <translation>密钥类型(&amp;T)</translation>
    </message>
    <message>
        <source>DKGA02 (DES) with EA07</source>
        <translation>DKGA02（DES）配合 EA07</translation>
    </message>
    <message>
        <source>DKGA04 (HMAC) with EA11</source>
        <translation>DKGA04（HMAC）配合 EA11</translation>
    </message>
    <message>
        <source>Vending &amp;key (hex)</source>
        <translation>售电密钥（十六进制）(&amp;K)</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>where the key comes from, what it is for</source>
        <translation>密钥来源及用途</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>添加密钥(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go back without adding a key (Esc)</source>
        <translation>不添加密钥并返回 (Esc)</translation>
    </message>
    <message>
        <source>16 hex digits (8 bytes); spaces between groups are fine.</source>
        <translation>16 位十六进制数字（8 字节）；各组之间可以有空格。</translation>
    </message>
    <message>
        <source>Type the supply group code (six digits).</source>
        <translation>请输入供电组代码（6 位数字）。</translation>
    </message>
    <message>
        <source>Type the key again.</source>
        <translation>请重新输入密钥。</translation>
    </message>
    <message>
        <source>Key &amp;revision</source>
        <translation>密钥版本号(&amp;R)</translation>
    </message>
    <message>
        <source>Al&amp;gorithm</source>
        <translation>算法(&amp;G)</translation>
    </message>
    <message>
        <source>40 hex digits (20 bytes); spaces between groups are fine.</source>
        <translation>40 位十六进制数字（20 字节）；各组之间可以有空格。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::KeyVaultPanel</name>
    <message>
        <source>0 — initialisation (DITK)</source>
        <translation>0 — 初始化（DITK）</translation>
    </message>
    <message>
        <source>1 — default (DDTK)</source>
        <translation>1 — 默认（DDTK）</translation>
    </message>
    <message>
        <source>2 — unique (DUTK)</source>
        <translation>2 — 专用（DUTK）</translation>
    </message>
    <message>
        <source>3 — common (DCTK)</source>
        <translation>3 — 公共（DCTK）</translation>
    </message>
    <message>
        <source>SGC</source>
        <translation>SGC</translation>
    </message>
    <message>
        <source>KRN</source>
        <translation>KRN</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Vending keys</source>
        <translation>售电密钥</translation>
    </message>
    <message>
        <source>Administrators manage the key vault and its vending keys; you can see its state here.</source>
        <translation>密钥库及其售电密钥由管理员管理；您可以在此查看其状态。</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>设置密钥库(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the passphrase that seals the vending keys</source>
        <translation>设定用于加密封存售电密钥的口令</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Type the passphrase so that STS tokens can be made</source>
        <translation>输入口令，以便生成 STS 令牌</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now: no STS token can be made until it is unlocked</source>
        <translation>立即锁定密钥库：解锁之前无法生成任何 STS 令牌</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>修改口令(&amp;C)…</translation>
    </message>
    <message>
        <source>Seal every key again under a new passphrase</source>
        <translation>用新口令重新加密封存所有密钥</translation>
    </message>
    <message>
        <source>Add &amp;key…</source>
        <translation>添加密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a vending key (the vault must be unlocked)</source>
        <translation>添加售电密钥（须先解锁密钥库）</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>This console has no key vault, so it cannot make STS tokens.</source>
        <translation>本控制台没有密钥库，因此无法生成 STS 令牌。</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The key vault is not set up yet: an administrator chooses its passphrase and adds the vending keys. Until then no STS token can be sold or made.</source>
        <translation>密钥库尚未设置：须由管理员设定口令并添加售电密钥。在此之前，无法售出或生成任何 STS 令牌。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The key vault is locked: no STS token can be sold or made until an administrator unlocks it with the passphrase.</source>
        <translation>密钥库已锁定：须由管理员用口令解锁后，才能售出或生成 STS 令牌。</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>The key vault is unlocked: this console can sell and make STS tokens. It locks again when the console closes.</source>
        <translation>密钥库已解锁：本控制台可以售出和生成 STS 令牌。控制台关闭时会重新锁定。</translation>
    </message>
    <message>
        <source>Add a vending key (Alt+K)</source>
        <translation>添加售电密钥 (Alt+K)</translation>
    </message>
    <message>
        <source>Unlock the vault first: a key is sealed as it is added.</source>
        <translation>请先解锁密钥库：密钥在添加时即被加密封存。</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>The key vault is set up and unlocked. Add the vending keys next.</source>
        <translation>密钥库已设置并解锁。接下来请添加售电密钥。</translation>
    </message>
    <message>
        <source>Key vault set up.</source>
        <translation>密钥库已设置。</translation>
    </message>
    <message>
        <source>The key vault is unlocked: STS tokens can be sold and made.</source>
        <translation>密钥库已解锁：可以售出和生成 STS 令牌。</translation>
    </message>
    <message>
        <source>Key vault unlocked.</source>
        <translation>密钥库已解锁。</translation>
    </message>
    <message>
        <source>The key vault is locked: no STS token can be sold or made until it is unlocked again.</source>
        <translation>密钥库已锁定：重新解锁之前，无法售出或生成任何 STS 令牌。</translation>
    </message>
    <message>
        <source>Key vault locked.</source>
        <translation>密钥库已锁定。</translation>
    </message>
    <message>
        <source>The passphrase was changed: every vending key is sealed under the new one.</source>
        <translation>口令已修改：所有售电密钥均已用新口令加密封存。</translation>
    </message>
    <message>
        <source>Key vault passphrase changed.</source>
        <translation>密钥库口令已修改。</translation>
    </message>
    <message>
        <source>The vending key was added and sealed; it is listed below.</source>
        <translation>售电密钥已添加并加密封存，见下方列表。</translation>
    </message>
    <message>
        <source>Vending key added.</source>
        <translation>已添加售电密钥。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Administrator %1 was created. Log in with the new password.</source>
        <translation>已创建管理员 %1。请使用新密码登录。</translation>
    </message>
    <message>
        <source>Demo database. Administrator: %1 / %2
Cashier: %3 / %4</source>
        <translation>演示数据库。管理员：%1 / %2
收银员：%3 / %4</translation>
    </message>
    <message>
        <source>Checking the database file in the background; saving is possible once it has finished.</source>
        <translation>正在后台检查数据库文件，检查完成后即可保存。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::MainWindow</name>
    <message>
        <source>PrepayDesk — demo database</source>
        <translation>PrepayDesk — 演示数据库</translation>
    </message>
    <message>
        <source>PrepayDesk</source>
        <translation>PrepayDesk</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Cards &amp; meters</source>
        <translation>IC卡与表计</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>当前登录账号：%1</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>The database file is being checked; saving is possible when this has finished.</source>
        <translation>正在检查数据库文件，检查完成后即可保存。</translation>
    </message>
    <message>
        <source>The database check has finished: the file is sound.</source>
        <translation>数据库检查完成：文件完好。</translation>
    </message>
    <message>
        <source>Database damaged: nothing can be saved</source>
        <translation>数据库已损坏：无法保存任何内容</translation>
    </message>
    <message>
        <source>Consumption and sales charts per customer and per region are coming in a later version.</source>
        <translation>按客户和按区域的用量及售额图表将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Low-balance, leak, tamper and gas alarms from the meters are coming in a later version.</source>
        <translation>表计上报的余额不足、泄漏、窃电和燃气报警将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Enrolling this outlet and syncing with the central server — outbox, backlog, connection state — is coming in a later version.</source>
        <translation>本营业厅注册及与中心服务器同步——待发数据、积压、连接状态——将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Shift unknown</source>
        <translation>班次状态未知</translation>
    </message>
    <message>
        <source>Open a shift on the Shift page (Ctrl+6) before selling.</source>
        <translation>充值前请先在“班次”页面开班 (Ctrl+6)。</translation>
    </message>
    <message>
        <source>Shift %1 open since %2</source>
        <translation>班次 %1（%2 开班）</translation>
    </message>
    <message>
        <source>Cash float %1</source>
        <translation>备用金 %1</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ManagementTokenPanel</name>
    <message>
        <source>The meter disconnects the load above this power. Up to 16383 W the token carries the exact value; above it, steps of 10 W or more, rounded down.</source>
        <translation>功率超过此值时，表计将断开负载。16383 W 以内令牌携带精确值；超过后按 10 W 或更大的步长向下取整。</translation>
    </message>
    <message>
        <source>Sets the credit held in the meter to zero. 65535 clears every credit register.</source>
        <translation>将表内余额清零。65535 表示清零所有余额寄存器。</translation>
    </message>
    <message>
        <source>Sets the rate the meter uses internally, as its maker defines it.</source>
        <translation>设置表计内部使用的费率，其含义由表计制造商定义。</translation>
    </message>
    <message>
        <source>Clears the meter&apos;s tamper condition so that it supplies again. The token carries no value.</source>
        <translation>清除表计的窃电状态，使其恢复供电。此令牌不携带数值。</translation>
    </message>
    <message>
        <source>The meter disconnects when the power of its phases differs by more than this.</source>
        <translation>各相功率之差超过此值时，表计将断开负载。</translation>
    </message>
    <message>
        <source>Sets the water meter&apos;s factor, as its maker defines it.</source>
        <translation>设置水表系数，其含义由表计制造商定义。</translation>
    </message>
    <message>
        <source>&amp;Make token…</source>
        <translation>生成令牌(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>功能(&amp;F)</translation>
    </message>
    <message>
        <source>A supervisor other than you approves the token, with the reason</source>
        <translation>须由您以外的值班主管授权此令牌，并填写原因</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval and a reason; both are kept in the meter&apos;s history.</source>
        <translation>须经值班主管授权并填写原因；两者都会记入表计历史。</translation>
    </message>
    <message>
        <source>Management token</source>
        <translation>管理令牌</translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators make management tokens.</source>
        <translation>只有表计工程师、值班主管和管理员才能生成管理令牌。</translation>
    </message>
    <message>
        <source>Choose an STS meter with known keys first.</source>
        <translation>请先选择已登记密钥的 STS 表计。</translation>
    </message>
    <message>
        <source>Type the value: %1.</source>
        <translation>请输入数值：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approve a management token</source>
        <translation>授权管理令牌</translation>
    </message>
    <message>
        <source>%1, for meter %2. The token changes the meter once it is entered; the reason is kept in the meter&apos;s history.</source>
        <translation>%1，用于表计 %2。令牌输入后即更改表计设置；原因将记入表计历史。</translation>
    </message>
    <message>
        <source>%1 — meter %2</source>
        <translation>%1 — 表计 %2</translation>
    </message>
    <message>
        <source>%1: %2 — meter %3</source>
        <translation>%1：%2 — 表计 %3</translation>
    </message>
    <message>
        <source>Token identifier %1, made %2, approved by %3.</source>
        <translation>令牌标识 %1，生成于 %2，授权人 %3。</translation>
    </message>
    <message>
        <source>A token cannot carry %1 exactly: it carries %2.</source>
        <translation>令牌无法精确表示 %1：实际携带 %2。</translation>
    </message>
    <message>
        <source>Read it out or write it down for whoever is at the meter; the meter takes it once.</source>
        <translation>请念给表计现场人员，或写下来交给对方；表计只接受一次。</translation>
    </message>
    <message>
        <source>Management token made for meter %1.</source>
        <translation>已为表计 %1 生成管理令牌。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::MeterLink</name>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>已关闭 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The line to the meter is not open: choose a port first.</source>
        <translation>与表计的通信线路未打开：请先选择端口。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::MeterWorkbench</name>
    <message>
        <source>Trip the relay (cut the supply)</source>
        <translation>拉闸（断开供电）</translation>
    </message>
    <message>
        <source>Allow closing (the customer presses the meter&apos;s button)</source>
        <translation>允许合闸（由客户按表计上的按钮合闸）</translation>
    </message>
    <message>
        <source>Close the relay now (restore the supply)</source>
        <translation>立即合闸（恢复供电）</translation>
    </message>
    <message>
        <source>Sound the meter&apos;s alarm</source>
        <translation>表计报警</translation>
    </message>
    <message>
        <source>Silence the meter&apos;s alarm</source>
        <translation>解除表计报警</translation>
    </message>
    <message>
        <source>Keep the supply on whatever the balance</source>
        <translation>保电（无论余额多少都保持供电）</translation>
    </message>
    <message>
        <source>End keeping the supply on</source>
        <translation>解除保电</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>读取地址(&amp;D)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Read all</source>
        <translation>全部读取(&amp;R)</translation>
    </message>
    <message>
        <source>Set the meter&apos;s &amp;clock…</source>
        <translation>设置表计时钟(&amp;C)…</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>继电器</translation>
    </message>
    <message>
        <source>Valve</source>
        <translation>阀门</translation>
    </message>
    <message>
        <source>&amp;Load credit…</source>
        <translation>充值(&amp;L)…</translation>
    </message>
    <message>
        <source>A serial port (/dev/ttyUSB0, COM3) or a serial-device server as tcp://host:port</source>
        <translation>串口（/dev/ttyUSB0、COM3），或以 tcp://host:port 形式指定的串口服务器</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Look for serial ports again (after plugging in an adapter)</source>
        <translation>重新查找串口（插入适配器后使用）</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation>协议(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>版本(&amp;E)</translation>
    </message>
    <message>
        <source>Baud rate and byte format, e.g. 2400 8E1</source>
        <translation>波特率和字符格式，例如 2400 8E1</translation>
    </message>
    <message>
        <source>L&amp;ine</source>
        <translation>线路参数(&amp;I)</translation>
    </message>
    <message>
        <source>As printed on the meter; Discover finds it</source>
        <translation>见表计铭牌；也可用“读取地址”获取</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>通信地址(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the one meter on the line for its address</source>
        <translation>读取线路上唯一一块表计的通信地址</translation>
    </message>
    <message>
        <source>Values read from the meter</source>
        <translation>从表计读取的数据</translation>
    </message>
    <message>
        <source>Read every value the protocol knows (Enter in the address field)</source>
        <translation>读取该协议支持的所有数据项（在通信地址栏中按 Enter）</translation>
    </message>
    <message>
        <source>blank: 00000000</source>
        <translation>留空：00000000</translation>
    </message>
    <message>
        <source>The meter&apos;s control password: level and password, 8 hex digits (PA P0 P1 P2); blank sends zeros, which simulated meters take</source>
        <translation>表计的控制密码：权限等级和密码，共 8 位十六进制数字（PA P0 P1 P2）；留空则发送全零，模拟表计接受全零密码</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>O&amp;pen the valve…</source>
        <translation>开阀(&amp;P)…</translation>
    </message>
    <message>
        <source>Clo&amp;se the valve…</source>
        <translation>关阀(&amp;S)…</translation>
    </message>
    <message>
        <source>Sell credit for this meter on the Top-up page; it is loaded over this line and read back before the sale counts as delivered</source>
        <translation>在“充值”页面为此表计充值；充值通过此线路写入表计，回读确认后才算到账</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>帧日志</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>导出日志(&amp;X)…</translation>
    </message>
    <message>
        <source>Clear lo&amp;g</source>
        <translation>清空日志(&amp;G)</translation>
    </message>
    <message>
        <source>DL/T 645 (electricity)</source>
        <translation>DL/T 645（电表）</translation>
    </message>
    <message>
        <source>CJ/T 188 (water, gas, heat)</source>
        <translation>CJ/T 188（水表、气表、热量表）</translation>
    </message>
    <message>
        <source>Modbus RTU</source>
        <translation>Modbus RTU</translation>
    </message>
    <message>
        <source>Export the frame log</source>
        <translation>导出帧日志</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Simulated meter %1 (%2, %3)</source>
        <translation>模拟表计 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>断开(&amp;O)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>No driver plugin for this protocol is loaded.</source>
        <translation>未加载此协议的驱动插件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>读取地址</translation>
    </message>
    <message>
        <source>The meter on the line has address %1.</source>
        <translation>线路上表计的通信地址为 %1。</translation>
    </message>
    <message>
        <source>Type the meter&apos;s address, or Discover it.</source>
        <translation>请输入表计的通信地址，或点击“读取地址”获取。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n value(s) from meter %1.</source>
        <translation>
            <numerusform>已从表计 %1 读取 %n 个数据项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Relay of meter %1</source>
        <translation>表计 %1 的继电器</translation>
    </message>
    <message>
        <source>%1 at meter %2? The meter acts on it at once.</source>
        <translation>对表计 %2 执行“%1”？表计会立即执行。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The meter password has 8 hex digits.</source>
        <translation>表计密码为 8 位十六进制数字。</translation>
    </message>
    <message>
        <source>Meter %1 confirmed: %2.</source>
        <translation>表计 %1 已确认：%2。</translation>
    </message>
    <message>
        <source>Open the valve</source>
        <translation>开阀</translation>
    </message>
    <message>
        <source>Close the valve</source>
        <translation>关阀</translation>
    </message>
    <message>
        <source>Valve of meter %1</source>
        <translation>表计 %1 的阀门</translation>
    </message>
    <message>
        <source>Open the valve of meter %1? Water or gas flows again at once.</source>
        <translation>打开表计 %1 的阀门？水或燃气将立即恢复供应。</translation>
    </message>
    <message>
        <source>Close the valve of meter %1? The customer&apos;s supply stops at once.</source>
        <translation>关闭表计 %1 的阀门？客户的供应将立即中断。</translation>
    </message>
    <message>
        <source>Meter clock</source>
        <translation>表计时钟</translation>
    </message>
    <message>
        <source>Set the clock of every meter on this line to %1? (DL/T 645 sets clocks by a broadcast, which meters do not answer.)</source>
        <translation>将此线路上所有表计的时钟设置为 %1？（DL/T 645 通过广播校时，表计不会应答。）</translation>
    </message>
    <message>
        <source>Set the clock of meter %1 to %2?</source>
        <translation>将表计 %1 的时钟设置为 %2？</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>设置时钟</translation>
    </message>
    <message>
        <source>Time %1 sent to every meter on the line.</source>
        <translation>已向线路上的所有表计发送时间 %1。</translation>
    </message>
    <message>
        <source>Meter %1 confirmed its clock.</source>
        <translation>表计 %1 已确认时钟设置。</translation>
    </message>
    <message>
        <source>Frame log saved to %1.</source>
        <translation>帧日志已保存到 %1。</translation>
    </message>
    <message>
        <source>No %1 meter with address %2 is registered: register it and install it on the customer&apos;s account first.</source>
        <translation>没有登记通信地址为 %2 的 %1 表计：请先登记该表并安装到客户的账户上。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::OpenAccountDialog</name>
    <message>
        <source>New account for %1 (%2)</source>
        <translation>为 %1（%2）开立新账户</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>%1 (already open)</source>
        <translation>%1（已开户）</translation>
    </message>
    <message>
        <source>This customer already has an account for every utility.</source>
        <translation>该客户已开通所有业务类型的账户。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No tariff yet</source>
        <translation>暂不指定价格方案</translation>
    </message>
    <message>
        <source>assigned when saved, or the number the company already uses</source>
        <translation>保存时自动分配，或填写公司已使用的户号</translation>
    </message>
</context>
<context>
    <name>prepaydesk::PassphraseDialog</name>
    <message>
        <source>Set up the key vault</source>
        <translation>设置密钥库</translation>
    </message>
    <message numerus="yes">
        <source>Choose the passphrase that seals the vending keys. It is never stored: without it the keys cannot be used, so keep it where the administrators can find it. It has at least %n characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>
            <numerusform>请设定用于加密封存售电密钥的口令。口令不会被保存：没有它就无法使用这些密钥，因此请将其存放在管理员能找到的地方。口令至少需要 %n 个字符；几个互不相关的词语组合起来，既便于输入，又难以猜中。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Unlock the key vault</source>
        <translation>解锁密钥库</translation>
    </message>
    <message>
        <source>Type the key vault&apos;s passphrase. While the vault is unlocked, this console can make STS tokens; it locks again when the console closes.</source>
        <translation>请输入密钥库口令。密钥库解锁期间，本控制台可以生成 STS 令牌；控制台关闭时会重新锁定。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Change the key vault&apos;s passphrase</source>
        <translation>修改密钥库口令</translation>
    </message>
    <message numerus="yes">
        <source>Every vending key is sealed again under the new passphrase, all at once. The new one has at least %n characters.</source>
        <translation>
            <numerusform>所有售电密钥将一次性用新口令重新加密封存。新口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;resent passphrase</source>
        <translation>当前口令(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新口令(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>再次输入(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go back without changing anything (Esc)</source>
        <translation>不做任何更改并返回 (Esc)</translation>
    </message>
    <message>
        <source>Type the present passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the new one again.</source>
        <translation>两次输入的口令不一致，请重新输入新口令。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prepaydesk::PendingVendsDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>充值码</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation>未完成的充值</translation>
    </message>
    <message>
        <source>Sales whose delivery was not confirmed</source>
        <translation>未确认到账的充值</translation>
    </message>
    <message>
        <source>Each was paid for and its credit is stored. Finish a sale to deliver the same credit again and reprint its receipt; void it, with the reason, if the customer did not get the credit and takes the money back. Nothing is sold twice.</source>
        <translation>以下每笔充值均已收款，充值内容也已保存。“完成并补打”会重新交付同一充值并补打票据；如客户未拿到充值并要求退款，请填写原因后作废。任何充值都不会重复售出。</translation>
    </message>
    <message>
        <source>&amp;Reason for voiding</source>
        <translation>作废原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. the customer left without the code</source>
        <translation>例如：客户未取充值码就离开了</translation>
    </message>
    <message>
        <source>&amp;Finish and reprint</source>
        <translation>完成并补打(&amp;F)</translation>
    </message>
    <message>
        <source>Deliver the same credit again and print its receipt (Enter)</source>
        <translation>重新交付同一充值并打印票据 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel the sale and give the money back (Alt+V); the reason is required</source>
        <translation>取消该笔充值并退款 (Alt+V)；必须填写原因</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后处理(&amp;L)</translation>
    </message>
    <message>
        <source>Decide later (Esc); the Top-up page reminds you while any remain</source>
        <translation>稍后再处理 (Esc)；只要还有未完成的充值，“充值”页面就会一直提醒</translation>
    </message>
    <message>
        <source>Every sale is finished or voided; nothing is waiting.</source>
        <translation>所有充值均已完成或作废，没有待处理的充值。</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) must be finished or voided.</source>
        <translation>
            <numerusform>有 %n 笔充值需要完成或作废。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The delivery of sale %1 could still not be confirmed; it stays pending. Try again, or void it if the customer did not get the credit.</source>
        <translation>充值记录 %1 仍无法确认到账，继续保持待完成状态。请重试；如客户未拿到充值，请将其作废。</translation>
    </message>
    <message>
        <source>Sale %1 was finished: credit code %2. Its receipt is reprinted.</source>
        <translation>充值记录 %1 已完成：充值码 %2。已补打票据。</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>Sale %1 was voided: give %2 back to the customer.</source>
        <translation>充值记录 %1 已作废：请退还客户 %2。</translation>
    </message>
    <message>
        <source>Asking the meter and finishing the sale…</source>
        <translation>正在询问表计并完成充值…</translation>
    </message>
    <message>
        <source>Asking the meter and voiding the sale…</source>
        <translation>正在询问表计并作废充值…</translation>
    </message>
</context>
<context>
    <name>prepaydesk::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>尚未开发</translation>
    </message>
</context>
<context>
    <name>prepaydesk::QuoteView</name>
    <message>
        <source>Customer pays</source>
        <translation>客户应付</translation>
    </message>
    <message>
        <source>Tax included in the prices</source>
        <translation>其中含税</translation>
    </message>
    <message>
        <source>Units credited</source>
        <translation>充入量</translation>
    </message>
    <message>
        <source>Money credited to the meter</source>
        <translation>充入表内金额</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReaderMonitor</name>
    <message>
        <source>Card readers are not watched.</source>
        <translation>未监视读卡器。</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>正在查找读卡器…</translation>
    </message>
    <message>
        <source>Card reader ready.</source>
        <translation>读卡器已就绪。</translation>
    </message>
    <message>
        <source>The smart card service (PC/SC) is not running: card readers cannot be used. Trying again every second; start the service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or ask your administrator.</source>
        <translation>智能卡服务（PC/SC）未运行：无法使用读卡器。正在每秒重试一次；请启动该服务（Linux 上为 pcscd，Windows 上为“Smart Card”服务），或联系管理员。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation>未连接读卡器。请接上读卡器。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReceiptPreviewDialog</name>
    <message>
        <source>Receipt %1 (reprint %2)</source>
        <translation>票据 %1（第 %2 次补打）</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>票据 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (the customer&apos;s language)</source>
        <translation>%1（客户首选语言）</translation>
    </message>
    <message>
        <source>The customer prefers %1: choose it under Language to print the receipt in it.</source>
        <translation>客户首选语言为“%1”：如需用该语言打印票据，请在“语言”中选择。</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>票据预览</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>票据</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ReportDialog</name>
    <message>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>prepaydesk::SaleConfirmDialog</name>
    <message>
        <source>Confirm the sale</source>
        <translation>确认充值</translation>
    </message>
    <message>
        <source>Sell this credit?</source>
        <translation>确认办理此笔充值？</translation>
    </message>
    <message>
        <source>Check it with the customer: once sold, the credit cannot be taken back.</source>
        <translation>请与客户核对：充值一经售出，便无法收回。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>充入量</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>确认充值(&amp;S)</translation>
    </message>
    <message>
        <source>Record the sale and deliver the credit (Enter)</source>
        <translation>记录本次充值并交付 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the sale and change it (Esc)</source>
        <translation>返回修改本次充值 (Esc)</translation>
    </message>
</context>
<context>
    <name>prepaydesk::SerialTransport</name>
    <message>
        <source>There is no serial port %1. Check that the adapter is plugged in and choose the port again.</source>
        <translation>串口 %1 不存在。请检查适配器是否已插好，然后重新选择端口。</translation>
    </message>
    <message>
        <source>The serial port %1 is in use by another program, or this user may not open it (on Linux, the user must be in the &quot;dialout&quot; group). %2</source>
        <translation>串口 %1 正被其他程序占用，或当前用户无权打开（在 Linux 上，用户必须属于 &quot;dialout&quot; 组）。%2</translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened: %2</source>
        <translation>无法打开串口 %1：%2</translation>
    </message>
    <message>
        <source>The serial port %1 does not accept %2: %3</source>
        <translation>串口 %1 不支持%2：%3</translation>
    </message>
    <message>
        <source>the speed %1 bps</source>
        <translation>波特率 %1 bps</translation>
    </message>
    <message>
        <source>%1 data bits</source>
        <translation>%1 位数据位</translation>
    </message>
    <message>
        <source>%1 is a pseudo-terminal: its byte format stays 8N.</source>
        <translation>%1 是伪终端：其字符格式固定为 8N。</translation>
    </message>
    <message>
        <source>the parity of %1</source>
        <translation>“%1”中的校验位</translation>
    </message>
    <message>
        <source>%1 stop bits</source>
        <translation>%1 位停止位</translation>
    </message>
    <message>
        <source>hardware flow control</source>
        <translation>硬件流控</translation>
    </message>
    <message>
        <source>turning flow control off</source>
        <translation>关闭流控</translation>
    </message>
    <message>
        <source>The serial port %1 stopped working while %2. Was the adapter unplugged or the cable pulled?</source>
        <translation>串口 %1 在%2时停止工作。适配器是否被拔出，或线缆是否脱落？</translation>
    </message>
    <message>
        <source>The serial port %1 failed while %2: %3</source>
        <translation>串口 %1 在%2时出错：%3</translation>
    </message>
    <message>
        <source>The serial port %1 is not open.</source>
        <translation>串口 %1 未打开。</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The serial port %1 did not take the request within %2 ms (is a hardware handshake line holding it back?).</source>
        <translation>串口 %1 未能在 %2 ms 内发出请求（是否被硬件握手信号阻塞？）。</translation>
    </message>
    <message>
        <source>waiting for the meter</source>
        <translation>等待表计应答</translation>
    </message>
</context>
<context>
    <name>prepaydesk::SettingsPage</name>
    <message>
        <source>Utility</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price in force from</source>
        <translation>现行价格生效日期</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>阶梯数</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>价格方案</translation>
    </message>
    <message>
        <source>&amp;Add price version…</source>
        <translation>新增价格版本(&amp;A)…</translation>
    </message>
    <message>
        <source>Only administrators can change tariffs. You can see every price here.</source>
        <translation>只有管理员才能修改价格方案。您可以在此查看所有价格。</translation>
    </message>
    <message>
        <source>Price versions</source>
        <translation>价格版本</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>所选版本</translation>
    </message>
    <message>
        <source>Outlet, receipt printer, serial ports, card reader and operator settings are coming in a later version.</source>
        <translation>营业厅、票据打印机、串口、读卡器和操作员设置将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Add a new price version to the selected tariff (Ctrl+Shift+N)</source>
        <translation>为所选价格方案新增价格版本 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Only administrators can change tariffs.</source>
        <translation>只有管理员才能修改价格方案。</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>尚无价格</translation>
    </message>
    <message>
        <source>There are no tariffs yet.</source>
        <translation>尚无价格方案。</translation>
    </message>
    <message>
        <source>This tariff has no price yet; an administrator adds one.</source>
        <translation>该价格方案尚无价格，需由管理员添加。</translation>
    </message>
    <message>
        <source>In force from %1, for %2.</source>
        <translation>自 %1 起生效，适用于%2。</translation>
    </message>
    <message>
        <source>meters loaded with units</source>
        <translation>量表（按量表计）</translation>
    </message>
    <message>
        <source>meters loaded with money</source>
        <translation>金额表（按金额表计）</translation>
    </message>
    <message>
        <source>Blocks count the %1 %2 in a monthly cycle starting on day %3.</source>
        <translation>阶梯按每月周期内累计%2的 %1 计算，周期从每月 %3 日开始。</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Blocks count the %1 %2 in an annual cycle starting on %3-%4.</source>
        <translation>阶梯按每年周期内累计%2的 %1 计算，周期从每年 %3-%4 开始。</translation>
    </message>
    <message>
        <source>Block %1: %2 to %3 %4 at %5 yuan a %4.</source>
        <translation>第 %1 阶梯：%2 至 %3 %4，每 %4 %5 元。</translation>
    </message>
    <message>
        <source>Block %1: from %2 %3 at %4 yuan a %3.</source>
        <translation>第 %1 阶梯：%2 %3 以上，每 %3 %4 元。</translation>
    </message>
    <message>
        <source>Tax included in the prices: %1 %.</source>
        <translation>价格已含税，税率 %1%。</translation>
    </message>
    <message>
        <source>Fixed charge: %1 a month.</source>
        <translation>固定费用：每月 %1。</translation>
    </message>
    <message>
        <source>Free units: %1 a cycle.</source>
        <translation>免费额度：每周期 %1。</translation>
    </message>
    <message>
        <source>Debt recovery: %1 % of each purchase, at least %2, at most %3.</source>
        <translation>欠款回收：每次充值的 %1%，最低 %2，最高 %3。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation>充值金额：最低 %1，最高 %2。</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A meter holds at most %1.</source>
        <translation>表内最大余额：%1。</translation>
    </message>
    <message>
        <source>A new price version of %1 was added.</source>
        <translation>已为 %1 新增价格版本。</translation>
    </message>
    <message>
        <source>Tariff %1: new price version saved.</source>
        <translation>价格方案 %1：新价格版本已保存。</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Driver plugins</source>
        <translation>驱动插件</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Prices by utility; a new price version takes effect on its date.</source>
        <translation>各业务类型的价格；新价格版本自其生效日期起执行。</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>价格方案(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Key vault</source>
        <translation>密钥库(&amp;K)</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ShiftCloseDialog</name>
    <message>
        <source>Close shift %1</source>
        <translation>班次 %1 结班</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>清点钱箱</translation>
    </message>
    <message>
        <source>Type how many pieces of each note and coin are in the drawer; Enter moves down.</source>
        <translation>请输入钱箱中各面额纸币和硬币的张（枚）数；按 Enter 移到下一项。</translation>
    </message>
    <message>
        <source>Pieces of %1</source>
        <translation>%1 的张（枚）数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>&amp;Note on the difference</source>
        <translation>差额说明(&amp;N)</translation>
    </message>
    <message>
        <source>why the cash differs (required when it does)</source>
        <translation>现金差额的原因（有差额时必填）</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>结班(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the shift open (Esc)</source>
        <translation>暂不结班 (Esc)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <source>&amp;Close with a supervisor&apos;s approval…</source>
        <translation>经值班主管授权后结班(&amp;C)…</translation>
    </message>
    <message>
        <source>The cash differs: a supervisor must approve (Enter)</source>
        <translation>现金有差额：须经值班主管授权 (Enter)</translation>
    </message>
    <message>
        <source>Close the shift and show its Z report (Enter)</source>
        <translation>结班并显示结班报表 (Enter)</translation>
    </message>
    <message>
        <source>The counted cash differs from the expected: say why in the note.</source>
        <translation>现金实点与应有金额不符：请在差额说明中填写原因。</translation>
    </message>
    <message>
        <source>Approve the cash difference</source>
        <translation>授权现金差额</translation>
    </message>
    <message>
        <source>Shift %1 of %2: the drawer holds %3 where %4 is expected (%5). A supervisor approves closing the shift with this difference.</source>
        <translation>%2 的班次 %1：钱箱实有 %3，应有 %4（%5）。须经值班主管授权，才能在存在此差额的情况下结班。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结班时间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>No shift is open. Count the cash float into the drawer, type it and press Enter to open your shift.</source>
        <translation>当前未开班。请将备用金清点后放入钱箱，输入金额并按 Enter 开班。</translation>
    </message>
    <message>
        <source>Cash &amp;float</source>
        <translation>备用金(&amp;F)</translation>
    </message>
    <message>
        <source>The cash put in the drawer to give change; Enter opens the shift</source>
        <translation>放入钱箱用于找零的现金；按 Enter 开班</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>开班(&amp;O)</translation>
    </message>
    <message>
        <source>Open the shift with this float (Enter)</source>
        <translation>以此备用金开班 (Enter)</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>钱箱现金应有</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>处理(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>结班(&amp;C)…</translation>
    </message>
    <message>
        <source>Count the drawer and close the shift (Ctrl+Shift+C)</source>
        <translation>清点钱箱并结班 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Report so &amp;far…</source>
        <translation>当前报表(&amp;F)…</translation>
    </message>
    <message>
        <source>The shift&apos;s report as it stands, to print or save (Ctrl+Shift+Z)</source>
        <translation>本班次截至目前的报表，可打印或保存 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Recent shifts</source>
        <translation>近期班次</translation>
    </message>
    <message>
        <source>Z report of the selected shift</source>
        <translation>所选班次的结班报表</translation>
    </message>
    <message>
        <source>&amp;Print or save report…</source>
        <translation>打印或保存报表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected shift&apos;s Z report or save it as PDF</source>
        <translation>打印所选班次的结班报表或保存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n 笔，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are unfinished: their delivery was not confirmed. Finish or void them before closing.</source>
        <translation>
            <numerusform>本班次有 %n 笔充值未完成：未确认到账。请先完成或作废，再结班。</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结班</translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>班次 %1 已开班，备用金 %2。</translation>
    </message>
    <message>
        <source>Shift %1 opened.</source>
        <translation>班次 %1 已开班。</translation>
    </message>
    <message>
        <source>Shift %1 is closed.</source>
        <translation>班次 %1 已结班。</translation>
    </message>
    <message>
        <source>Shift %1 closed.</source>
        <translation>班次 %1 已结班。</translation>
    </message>
    <message>
        <source>Z report, shift %1</source>
        <translation>结班报表 - 班次 %1</translation>
    </message>
</context>
<context>
    <name>prepaydesk::TariffEditorDialog</name>
    <message>
        <source>New price version of %1</source>
        <translation>%1 的新价格版本</translation>
    </message>
    <message>
        <source>New price version of %1 (%2)</source>
        <translation>%1（%2）的新价格版本</translation>
    </message>
    <message>
        <source>A new version takes effect on its date; sales already made keep their prices. Prices include tax, in yuan per %1.</source>
        <translation>新版本自生效日期起执行；已完成的充值保持原价格不变。价格为含税价，单位为元/%1。</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>生效日期(&amp;E)</translation>
    </message>
    <message>
        <source>Unit meters (credit in %1)</source>
        <translation>量表（按 %1 充值）</translation>
    </message>
    <message>
        <source>Money meters (credit in yuan)</source>
        <translation>金额表（按元充值）</translation>
    </message>
    <message>
        <source>&amp;Meters</source>
        <translation>表计类型(&amp;M)</translation>
    </message>
    <message>
        <source>Units purchased in the cycle</source>
        <translation>周期内累计购买量</translation>
    </message>
    <message>
        <source>Units consumed in the cycle</source>
        <translation>周期内累计用量</translation>
    </message>
    <message>
        <source>Blocks &amp;counted by</source>
        <translation>阶梯计量依据(&amp;C)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>周期(&amp;Y)</translation>
    </message>
    <message>
        <source>starts in month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>on day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Blocks (cumulative %1 in the cycle; the last block has no upper limit)</source>
        <translation>阶梯（按周期内累计 %1 计；最后一个阶梯不设上限）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>添加阶梯(&amp;A)</translation>
    </message>
    <message>
        <source>Add a block above the open one (Ctrl+Ins)</source>
        <translation>在不设上限的阶梯之上添加一个阶梯 (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove block</source>
        <translation>删除阶梯(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected block (Ctrl+Del)</source>
        <translation>删除所选阶梯 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>&amp;Fixed charge a month</source>
        <translation>每月固定费用(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tax rate %</source>
        <translation>税率 %(&amp;T)</translation>
    </message>
    <message>
        <source>Free u&amp;nits a cycle</source>
        <translation>每周期免费额度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Debt recovery %</source>
        <translation>欠款回收比例 %(&amp;D)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Smallest p&amp;urchase</source>
        <translation>最低充值金额(&amp;U)</translation>
    </message>
    <message>
        <source>Largest &amp;purchase</source>
        <translation>最高充值金额(&amp;P)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ma&amp;x credit</source>
        <translation>表内最大余额(&amp;X)</translation>
    </message>
    <message>
        <source>Preview: a sample sale at these prices</source>
        <translation>预览：按以上价格试算一笔充值</translation>
    </message>
    <message>
        <source>&amp;Sample amount</source>
        <translation>试算金额(&amp;S)</translation>
    </message>
    <message>
        <source>%1 bou&amp;ght this cycle before</source>
        <translation>本周期此前已购量（%1）(&amp;G)</translation>
    </message>
    <message>
        <source>Debt o&amp;wed</source>
        <translation>欠款(&amp;W)</translation>
    </message>
    <message>
        <source>Sa&amp;ve version</source>
        <translation>保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>Add this version to the tariff (Ctrl+Return)</source>
        <translation>将此版本添加到价格方案 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存并关闭 (Esc)</translation>
    </message>
    <message>
        <source>Write a percentage like 13 or 12.5.</source>
        <translation>请按 13 或 12.5 的格式填写百分比。</translation>
    </message>
    <message>
        <source>Block %1 starts at: %2</source>
        <translation>第 %1 阶梯起点：%2</translation>
    </message>
    <message>
        <source>Block %1 ends at: %2</source>
        <translation>第 %1 阶梯终点：%2</translation>
    </message>
    <message>
        <source>Write the price of block %1 in yuan a unit, like 0.4883.</source>
        <translation>请按 0.4883 的格式填写第 %1 阶梯的单价（元）。</translation>
    </message>
    <message>
        <source>Ma&amp;x credit (%1)</source>
        <translation>表内最大余额（%1）(&amp;X)</translation>
    </message>
    <message>
        <source>Ma&amp;x credit (yuan)</source>
        <translation>表内最大余额（元）(&amp;X)</translation>
    </message>
    <message>
        <source>The last block is open: no upper limit.</source>
        <translation>最后一个阶梯不设上限。</translation>
    </message>
    <message>
        <source>Correct the tariff to see a sample sale.</source>
        <translation>请修正价格方案，即可查看试算结果。</translation>
    </message>
    <message>
        <source>Correct the problems shown before saving.</source>
        <translation>请先修正所示问题再保存。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::TcpTransport</name>
    <message>
        <source>Nothing accepts connections at %1 port %2 (connection refused). Check the device server&apos;s address and port, and that it is switched on.</source>
        <translation>%1 的端口 %2 上没有服务接受连接（连接被拒绝）。请检查串口服务器的地址和端口，以及其是否已开机。</translation>
    </message>
    <message>
        <source>The device server %1 cannot be found: %2</source>
        <translation>找不到串口服务器 %1：%2</translation>
    </message>
    <message>
        <source>The device server %1 port %2 did not answer within %3 s.</source>
        <translation>串口服务器 %1 的端口 %2 在 %3 秒内没有响应。</translation>
    </message>
    <message>
        <source>No connection to %1 port %2: %3</source>
        <translation>无法连接到 %1 的端口 %2：%3</translation>
    </message>
    <message>
        <source>The device server at %1 port %2 closed the connection.</source>
        <translation>串口服务器 %1 的端口 %2 关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to the device server at %1 port %2 failed: %3</source>
        <translation>与串口服务器 %1（端口 %2）的连接出错：%3</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>与 %1 的连接未打开。</translation>
    </message>
    <message>
        <source>The device server at %1 port %2 took no data for %3 ms.</source>
        <translation>串口服务器 %1 的端口 %2 在 %3 ms 内未接收任何数据。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::TokenDecodePanel</name>
    <message>
        <source>&amp;Decode</source>
        <translation>解码(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>The 20 digits the customer reads out</source>
        <translation>客户念出的 20 位数字</translation>
    </message>
    <message>
        <source>Says whether the chosen meter takes the token and, if not, why: the wrong key or a digit typed wrong, a key change needed first, already used, too old.</source>
        <translation>显示所选表计是否接受该令牌；如不接受，说明原因：密钥不符或数字输错、需先进行密钥变更、已使用、令牌过旧。</translation>
    </message>
    <message>
        <source>Only engineers, supervisors and administrators decode tokens.</source>
        <translation>只有表计工程师、值班主管和管理员才能解码令牌。</translation>
    </message>
    <message>
        <source>Choose an STS meter with known keys first.</source>
        <translation>请先选择已登记密钥的 STS 表计。</translation>
    </message>
    <message>
        <source>Decode with the chosen meter&apos;s keys (Enter)</source>
        <translation>用所选表计的密钥解码 (Enter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Token decoded for meter %1.</source>
        <translation>已用表计 %1 的密钥解码令牌。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::TopUpPage</name>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Open a shift…</source>
        <translation>开班…</translation>
    </message>
    <message>
        <source>Go to the Shift page (Ctrl+6)</source>
        <translation>转到“班次”页面 (Ctrl+6)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Finish or void the unfinished sales</source>
        <translation>完成或作废未完成的充值</translation>
    </message>
    <message>
        <source>1  Customer</source>
        <translation>1  客户</translation>
    </message>
    <message>
        <source>Name, pinyin (zs), phone, account, meter or card no.</source>
        <translation>姓名、拼音首字母 (zs)、电话、账户号、表号或卡号</translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Enter takes the first match; ↓ moves into the list (Ctrl+F)</source>
        <translation>按 Enter 选择第一个匹配结果；按 ↓ 进入列表 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <source>2  Account</source>
        <translation>2  账户</translation>
    </message>
    <message>
        <source>The customer&apos;s accounts</source>
        <translation>该客户的账户</translation>
    </message>
    <message>
        <source>↑/↓ choose, Enter takes the account</source>
        <translation>按 ↑/↓ 选择，按 Enter 确定账户</translation>
    </message>
    <message>
        <source>3  Amount</source>
        <translation>3  金额</translation>
    </message>
    <message>
        <source>By &amp;amount (yuan)</source>
        <translation>按金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>The customer says how much to pay (Ctrl+U switches)</source>
        <translation>由客户指定付款金额 (Ctrl+U 切换)</translation>
    </message>
    <message>
        <source>By u&amp;nits</source>
        <translation>按数量(&amp;N)</translation>
    </message>
    <message>
        <source>The customer says how many units to buy (Ctrl+U switches)</source>
        <translation>由客户指定购买数量 (Ctrl+U 切换)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Type the amount; Enter sells (after a confirmation), Esc goes back</source>
        <translation>输入金额；按 Enter 充值（需确认），按 Esc 返回</translation>
    </message>
    <message>
        <source>4  Payment</source>
        <translation>4  支付</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>现金(&amp;C)</translation>
    </message>
    <message>
        <source>Bank car&amp;d</source>
        <translation>银行卡(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;QR payment</source>
        <translation>扫码支付(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>组合支付(&amp;P)</translation>
    </message>
    <message>
        <source>Part cash, the rest by bank card or QR payment</source>
        <translation>部分现金，其余用银行卡或扫码支付</translation>
    </message>
    <message>
        <source>Cas&amp;h part</source>
        <translation>现金部分(&amp;H)</translation>
    </message>
    <message>
        <source>Rest b&amp;y</source>
        <translation>其余支付方式(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>实收(&amp;T)</translation>
    </message>
    <message>
        <source>exact amount</source>
        <translation>金额正好</translation>
    </message>
    <message>
        <source>The cash the customer hands over; leave empty when it is exact</source>
        <translation>客户交来的现金；金额正好时可不填</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>交易流水号(&amp;F)</translation>
    </message>
    <message>
        <source>transaction reference on the card or QR slip</source>
        <translation>银行卡或扫码支付凭条上的交易流水号</translation>
    </message>
    <message>
        <source>Sell…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Confirm and sell (Enter)</source>
        <translation>确认并充值 (Enter)</translation>
    </message>
    <message>
        <source>Selling credit is not part of the role %1; quotes can still be worked out.</source>
        <translation>%1角色无权办理充值；仍可进行试算。</translation>
    </message>
    <message>
        <source>No shift is open: open one with the cash float before selling. Quotes can still be worked out.</source>
        <translation>当前未开班：充值前请先放入备用金并开班。仍可进行试算。</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) were not finished: their delivery was never confirmed. Finish or void them.</source>
        <translation>
            <numerusform>有 %n 笔充值未完成：一直未确认到账。请将其完成或作废。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter takes the first match; ↓ moves into the list.</source>
        <translation>按 Enter 选择第一个匹配结果；按 ↓ 进入列表。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>Find the customer, choose the account and type the amount: the price is worked out as you type.</source>
        <translation>查找客户、选择账户并输入金额：输入时即自动试算。</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found; Enter takes the first.</source>
        <translation>
            <numerusform>找到 %n 位客户；按 Enter 选择第一位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assistance: %1</source>
        <translation>协助需求：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · meter %3 · %4</source>
        <translation>%1 · %2 · 表号 %3 · %4</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>no tariff</source>
        <translation>未指定价格方案</translation>
    </message>
    <message>
        <source>%1 has no account yet: open one on the Customers page.</source>
        <translation>%1 尚未开户：请在“客户”页面开户。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s): ↑/↓ choose, Enter takes it.</source>
        <translation>
            <numerusform>共 %n 个账户：按 ↑/↓ 选择，按 Enter 确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>By u&amp;nits (%1)</source>
        <translation>按数量（%1）(&amp;N)</translation>
    </message>
    <message>
        <source>Tariff: %1</source>
        <translation>价格方案：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Owes %1, part of which each purchase recovers.</source>
        <translation>欠款 %1，每次充值时回收其中一部分。</translation>
    </message>
    <message>
        <source>Type the units the customer wants: the price is worked out as you type.</source>
        <translation>请输入客户要购买的数量：输入时即自动计算价格。</translation>
    </message>
    <message>
        <source>Type the amount the customer pays: the units are worked out as you type.</source>
        <translation>请输入客户支付的金额：输入时即自动计算数量。</translation>
    </message>
    <message>
        <source>Quote · %1, prices from %2</source>
        <translation>试算 · %1，%2 起执行的价格</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，用%2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>Exact amount, no change</source>
        <translation>金额正好，无需找零</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message>
        <source>Selling is not part of your role.</source>
        <translation>您的角色无权办理充值。</translation>
    </message>
    <message>
        <source>Open a shift to sell.</source>
        <translation>请先开班再充值。</translation>
    </message>
    <message>
        <source>Choose the customer and the account.</source>
        <translation>请选择客户和账户。</translation>
    </message>
    <message>
        <source>Enter an amount the tariff accepts.</source>
        <translation>请输入价格方案允许的金额。</translation>
    </message>
    <message>
        <source>Enter asks for confirmation before selling.</source>
        <translation>按 Enter 后会先确认，再充值。</translation>
    </message>
    <message>
        <source>Type the transaction reference printed on the card or QR payment slip.</source>
        <translation>请输入银行卡或扫码支付凭条上打印的交易流水号。</translation>
    </message>
    <message>
        <source>The cash part must be more than zero and less than the sale (%1).</source>
        <translation>现金部分必须大于零且小于充值金额（%1）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of credit in the meter</source>
        <translation>表内充入 %1</translation>
    </message>
    <message>
        <source>%1, tendered %2</source>
        <translation>%1，实收 %2</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1，交易流水号 %2</translation>
    </message>
    <message>
        <source>Try again…</source>
        <translation>重试…</translation>
    </message>
    <message>
        <source>The sale did not go through: %1</source>
        <translation>充值未成功：%1</translation>
    </message>
    <message>
        <source>Sale %1: %2 to %3, credit code %4.</source>
        <translation>充值记录 %1：为 %3 充值 %2，充值码 %4。</translation>
    </message>
    <message>
        <source>Sale %1: delivery not confirmed; finish or void it.</source>
        <translation>充值记录 %1：未确认到账，请完成或作废。</translation>
    </message>
    <message>
        <source>Sale %1: %2.</source>
        <translation>充值记录 %1：%2。</translation>
    </message>
    <message>
        <source>Recording the sale and delivering the credit…</source>
        <translation>正在记录充值并交付…</translation>
    </message>
</context>
<context>
    <name>prepaydesk::VendResultPanel</name>
    <message>
        <source>Credit code: read it out or hand over the receipt</source>
        <translation>充值码：请念给客户或交给客户票据</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>充值码</translation>
    </message>
    <message>
        <source>&amp;Finish delivery</source>
        <translation>完成交付(&amp;F)</translation>
    </message>
    <message>
        <source>Deliver the same credit again and mark the sale delivered (Alt+F)</source>
        <translation>重新交付同一充值并标记为已到账 (Alt+F)</translation>
    </message>
    <message>
        <source>why the credit did not reach the customer</source>
        <translation>充值未到达客户的原因</translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation>作废充值(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel the sale and give the money back (Alt+V); say why first</source>
        <translation>取消该笔充值并退款 (Alt+V)；请先填写原因</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>打印票据(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the receipt (Ctrl+P)</source>
        <translation>预览并打印票据 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Ctrl+S)</source>
        <translation>将票据保存为 PDF 文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>下一位客户(&amp;N)</translation>
    </message>
    <message>
        <source>Start the next sale (Enter or Esc)</source>
        <translation>开始下一笔充值 (Enter 或 Esc)</translation>
    </message>
    <message>
        <source>Sale %1 is done: the credit was delivered.</source>
        <translation>充值记录 %1 已完成：充值已到账。</translation>
    </message>
    <message>
        <source>Delivery was NOT confirmed. Sale %1 is recorded and its credit is kept, but nobody knows whether it reached the meter. Finish it to deliver the same credit again, or void it and give the money back.</source>
        <translation>未能确认到账。充值记录 %1 已记录，充值已保留，但无法确定是否已到达表计。请完成该笔充值以重新交付同一充值，或将其作废并退款。</translation>
    </message>
    <message>
        <source>The credit could not be delivered. Sale %1 was cancelled: give %2 back to the customer.</source>
        <translation>充值未能到账。充值记录 %1 已取消：请退还客户 %2。</translation>
    </message>
    <message>
        <source>Sale %1 was voided: give %2 back to the customer.</source>
        <translation>充值记录 %1 已作废：请退还客户 %2。</translation>
    </message>
    <message>
        <source>Sale %1 was reversed.</source>
        <translation>充值记录 %1 已冲正。</translation>
    </message>
    <message>
        <source>Credit code (not confirmed as delivered)</source>
        <translation>充值码（未确认到账）</translation>
    </message>
    <message>
        <source>Credit code (cancelled: do not use)</source>
        <translation>充值码（已取消，请勿使用）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，实付 %2</translation>
    </message>
    <message>
        <source>%1 · account %2 · meter %3 · paid by %4</source>
        <translation>%1 · 账户 %2 · 表号 %3 · 支付：%4</translation>
    </message>
    <message>
        <source>Give change: %1</source>
        <translation>请找零：%1</translation>
    </message>
    <message>
        <source>There is no sale to print.</source>
        <translation>没有可打印的充值记录。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>票据 %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将票据保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was saved to %1.</source>
        <translation>票据已保存到 %1。</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>Void reaso&amp;n</source>
        <translation>作废原因(&amp;N)</translation>
    </message>
    <message>
        <source>Reference: the credit is on the customer&apos;s card</source>
        <translation>交易流水号：充值已写入客户的用户卡</translation>
    </message>
    <message>
        <source>Reference: the credit is in the meter</source>
        <translation>交易流水号：充值已写入表计</translation>
    </message>
</context>
<context>
    <name>prepaydesk::metersim</name>
    <message>
        <source>A meter is UTILITY:ADDRESS[:key=value,...], e.g. electricity:000000000001:balance=50,price=0.5283 (got &quot;%1&quot;).</source>
        <translation>表计的格式为 UTILITY:ADDRESS[:key=value,...]，例如 electricity:000000000001:balance=50,price=0.5283（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Unknown utility &quot;%1&quot;: electricity, water or gas.</source>
        <translation>未知的业务类型“%1”：应为 electricity、water 或 gas。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>“%1”不是 key=value 格式。</translation>
    </message>
    <message>
        <source>The simulator speaks dlt645 and cjt188, not &quot;%1&quot;.</source>
        <translation>模拟器支持 dlt645 和 cjt188，不支持“%1”。</translation>
    </message>
    <message>
        <source>mode is money or units, not &quot;%1&quot;.</source>
        <translation>mode 须为 money 或 units，而不是“%1”。</translation>
    </message>
    <message>
        <source>price is yuan per unit with up to 4 decimals: &quot;%1&quot;.</source>
        <translation>price 为每单位的价格（元），最多 4 位小数：“%1”。</translation>
    </message>
    <message>
        <source>rate is units per hour with up to 3 decimals: &quot;%1&quot;.</source>
        <translation>rate 为每小时用量，最多 3 位小数：“%1”。</translation>
    </message>
    <message>
        <source>leak is units per hour with up to 3 decimals: &quot;%1&quot;.</source>
        <translation>leak 为每小时泄漏量，最多 3 位小数：“%1”。</translation>
    </message>
    <message>
        <source>night is a percentage 0..100: &quot;%1&quot;.</source>
        <translation>night 须为 0..100 的百分比：“%1”。</translation>
    </message>
    <message>
        <source>Unknown meter setting &quot;%1&quot;.</source>
        <translation>未知的表计设置项“%1”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount with up to %3 decimals.</source>
        <translation>%1 的值“%2”不是最多 %3 位小数的数量。</translation>
    </message>
    <message>
        <source>A %1 address is up to %2 decimal digits: &quot;%3&quot;.</source>
        <translation>%1 通信地址最多 %2 位十进制数字：“%3”。</translation>
    </message>
    <message>
        <source>utilitycode is the 6-digit utility code: &quot;%1&quot;.</source>
        <translation>utilitycode 须为 6 位数字的单位代码：“%1”。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::metersim::Simulation</name>
    <message>
        <source>Two meters are called %1.</source>
        <translation>有两块表计都名为 %1。</translation>
    </message>
    <message>
        <source>Two %1 meters have the address %2.</source>
        <translation>有两块 %1 表计的通信地址都是 %2。</translation>
    </message>
    <message>
        <source>Cannot read the state file %1.</source>
        <translation>无法读取状态文件 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No state file: start with --state FILE.</source>
        <translation>没有状态文件：请使用 --state FILE 启动。</translation>
    </message>
    <message>
        <source>Cannot write the state file %1.</source>
        <translation>无法写入状态文件 %1。</translation>
    </message>
    <message>
        <source>No meter is called or numbered &quot;%1&quot;.</source>
        <translation>没有名称或编号为“%1”的表计。</translation>
    </message>
    <message>
        <source>speed takes a factor from 0 (stopped) to 10000000.</source>
        <translation>speed 的倍率须为 0（停止）至 10000000。</translation>
    </message>
    <message>
        <source>advance takes a duration such as 90s, 15m, 2h or 3d (at most 3650d).</source>
        <translation>advance 须指定时长，如 90s、15m、2h 或 3d（最长 3650d）。</translation>
    </message>
    <message>
        <source>%1 applies to %2 meters only.</source>
        <translation>%1 仅适用于 %2 表计。</translation>
    </message>
    <message>
        <source>noise takes a probability from 0 to 1.</source>
        <translation>noise 须为 0 至 1 之间的概率。</translation>
    </message>
    <message>
        <source>slow takes a delay in milliseconds (0 to 600000).</source>
        <translation>slow 须为以毫秒为单位的延迟（0 至 600000）。</translation>
    </message>
    <message>
        <source>%1 needs one meter&apos;s name or address.</source>
        <translation>%1 需要指定一块表计的名称或通信地址。</translation>
    </message>
    <message>
        <source>supply METER on|off</source>
        <translation>supply METER on|off</translation>
    </message>
    <message>
        <source>balance METER AMOUNT (up to %1 decimals)</source>
        <translation>balance METER AMOUNT（最多 %1 位小数）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try help).</source>
        <translation>未知命令“%1”（可输入 help 查看帮助）。</translation>
    </message>
    <message>
        <source>card METER FILE: one meter&apos;s name or address and a card image file.</source>
        <translation>card METER FILE：一块表计的名称或通信地址，以及一个卡映像文件。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::modbus::ModbusRtuClient</name>
    <message>
        <source>Serial port %1 cannot be opened: %2</source>
        <translation>无法打开串口 %1：%2</translation>
    </message>
    <message>
        <source>The serial port is not open.</source>
        <translation>串口未打开。</translation>
    </message>
    <message>
        <source>The request could not be sent on %1: %2</source>
        <translation>无法在 %1 上发送请求：%2</translation>
    </message>
    <message>
        <source>Meter %1 on %2 did not answer within %3 ms (%4 tries). Check the cable, the meter&apos;s Modbus address and its line settings.</source>
        <translation>%2 上的表计 %1 在 %3 ms 内没有应答（共尝试 %4 次）。请检查线缆、表计的 Modbus 地址及其线路参数。</translation>
    </message>
    <message>
        <source>Talking to meter %1 on %2 failed: %3</source>
        <translation>与 %2 上的表计 %1 通信失败：%3</translation>
    </message>
    <message>
        <source>Register map %1 has no value &quot;%2&quot;.</source>
        <translation>寄存器映射表 %1 中没有数据项“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>“%1”不可写入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>“%1”不可读取。</translation>
    </message>
    <message>
        <source>Register map %1 has no credit register.</source>
        <translation>寄存器映射表 %1 中没有充值寄存器。</translation>
    </message>
    <message>
        <source>A recharge must be for more than zero.</source>
        <translation>充值数额必须大于零。</translation>
    </message>
    <message>
        <source>Register map %1 has no relay control.</source>
        <translation>寄存器映射表 %1 中没有继电器控制项。</translation>
    </message>
    <message>
        <source>A Modbus meter&apos;s relay can only be tripped or closed.</source>
        <translation>Modbus 表计的继电器只能拉闸或合闸。</translation>
    </message>
    <message>
        <source>The meter accepted the trip command but reports its relay as &quot;%1&quot;.</source>
        <translation>表计接受了拉闸命令，但报告其继电器状态为“%1”。</translation>
    </message>
    <message>
        <source>The meter accepted the close command but reports its relay as &quot;%1&quot;.</source>
        <translation>表计接受了合闸命令，但报告其继电器状态为“%1”。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::sts</name>
    <message>
        <source>The encryption algorithm is 07 (Standard Transfer Algorithm) or 11 (MISTY1), not “%1”.</source>
        <translation>加密算法（EA）须为 07（标准传输算法）或 11（MISTY1），而不是“%1”。</translation>
    </message>
    <message>
        <source>The meter number (PAN) has 18 digits; “%1” does not.</source>
        <translation>表号（PAN）为 18 位数字；“%1”不符合。</translation>
    </message>
    <message>
        <source>The meter number %1 is mistyped: its check digit should be %2.</source>
        <translation>表号 %1 输入有误：其校验位应为 %2。</translation>
    </message>
    <message>
        <source>%1 must be hexadecimal digits, two per byte.</source>
        <translation>%1 必须为十六进制数字，每字节两位。</translation>
    </message>
    <message>
        <source>The decoder key generation algorithm is 02 or 04, not “%1”.</source>
        <translation>解码密钥生成算法（DKGA）须为 02 或 04，而不是“%1”。</translation>
    </message>
    <message>
        <source>DKGA02 makes 64-bit keys, which only EA07 uses; EA11 needs DKGA04.</source>
        <translation>DKGA02 生成 64 位密钥，只有 EA07 使用；EA11 需要 DKGA04。</translation>
    </message>
    <message>
        <source>A DKGA02 vending key is 8 bytes (16 hex digits), not %1.</source>
        <translation>DKGA02 售电密钥为 8 字节（16 位十六进制数字），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>A DKGA04 vending key is 20 bytes (40 hex digits), not %1.</source>
        <translation>DKGA04 售电密钥为 20 字节（40 位十六进制数字），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>The key type is 0 to 3.</source>
        <translation>密钥类型须为 0 至 3。</translation>
    </message>
    <message>
        <source>The supply group code has at most six digits.</source>
        <translation>供电组代码（SGC）最多 6 位数字。</translation>
    </message>
    <message>
        <source>The tariff index is 0 to 99.</source>
        <translation>费率索引（TI）须为 0 至 99。</translation>
    </message>
    <message>
        <source>The key revision number is 1 to 9.</source>
        <translation>密钥版本号（KRN）须为 1 至 9。</translation>
    </message>
    <message>
        <source>The key expiry number is 0 to 255.</source>
        <translation>密钥有效期编号（KEN）须为 0 至 255。</translation>
    </message>
    <message>
        <source>The base date is 1993, 2014 or 2035.</source>
        <translation>基准日期须为 1993、2014 或 2035。</translation>
    </message>
    <message>
        <source>DES takes an 8-byte key and an 8-byte block.</source>
        <translation>DES 需要 8 字节密钥和 8 字节数据块。</translation>
    </message>
    <message>
        <source>DES is not available: OpenSSL&apos;s legacy provider could not be loaded (is OPENSSL_MODULES pointing at the ossl-modules folder?).</source>
        <translation>DES 不可用：无法加载 OpenSSL 的 legacy 提供程序（OPENSSL_MODULES 是否指向 ossl-modules 文件夹？）。</translation>
    </message>
    <message>
        <source>DES encryption failed in OpenSSL.</source>
        <translation>OpenSSL 中 DES 加密失败。</translation>
    </message>
    <message>
        <source>HMAC-SHA-256 failed in OpenSSL.</source>
        <translation>OpenSSL 中 HMAC-SHA-256 运算失败。</translation>
    </message>
    <message>
        <source>The issue time is missing or not a valid date and time.</source>
        <translation>签发时间缺失，或不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>The issue time %1 is before the base date %2.</source>
        <translation>签发时间 %1 早于基准日期 %2。</translation>
    </message>
    <message>
        <source>The issue time is beyond the token identifier range of base date %1 (which ends %2): the meter needs key change tokens to a later base date.</source>
        <translation>签发时间超出了基准日期 %1 的令牌标识范围（止于 %2）：该表计需要通过密钥变更令牌切换到更晚的基准日期。</translation>
    </message>
    <message>
        <source>A token has only digits; “%1” has other characters.</source>
        <translation>令牌只能包含数字；“%1”含有其他字符。</translation>
    </message>
    <message>
        <source>A token has 20 digits; this one has %1.</source>
        <translation>令牌为 20 位数字；此令牌为 %1 位。</translation>
    </message>
    <message>
        <source>%1 is larger than any token (2^66 - 1).</source>
        <translation>%1 超出了令牌的最大值（2^66 - 1）。</translation>
    </message>
    <message>
        <source>An EA07 decoder key is 8 bytes (16 hex digits), not %1.</source>
        <translation>EA07 解码密钥为 8 字节（16 位十六进制数字），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>An EA11 decoder key is 16 bytes (32 hex digits), not %1.</source>
        <translation>EA11 解码密钥为 16 字节（32 位十六进制数字），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>The random number is 0 to 15.</source>
        <translation>随机数须为 0 至 15。</translation>
    </message>
</context>
<context>
    <name>prepaydesk::sts::StsTokenGenerator</name>
    <message>
        <source>A credit token carries a positive amount.</source>
        <translation>充值令牌的数量必须为正数。</translation>
    </message>
    <message>
        <source>%1 is more than one token can carry (at most %2).</source>
        <translation>%1 超出了单个令牌可携带的最大值（最多 %2）。</translation>
    </message>
    <message>
        <source>%1 W is more than a token can carry (at most %2 W).</source>
        <translation>%1 W 超出了令牌可携带的最大值（最多 %2 W）。</translation>
    </message>
    <message>
        <source>The value is 0 to 65535 (16 bits).</source>
        <translation>数值须为 0 至 65535（16 位）。</translation>
    </message>
    <message>
        <source>A clear tamper token carries no value.</source>
        <translation>清除窃电状态令牌不携带数值。</translation>
    </message>
    <message>
        <source>Key change token %1 of %2</source>
        <translation>密钥变更令牌（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <source>A test token with a 2-digit manufacturer code has a 36-bit control field and a manufacturer code of 0 to 255.</source>
        <translation>使用 2 位制造商代码的测试令牌，控制字段为 36 位，制造商代码为 0 至 255。</translation>
    </message>
    <message>
        <source>A test token with a 4-digit manufacturer code has a 28-bit control field and a manufacturer code of 0 to 65535.</source>
        <translation>使用 4 位制造商代码的测试令牌，控制字段为 28 位，制造商代码为 0 至 65535。</translation>
    </message>
    <message>
        <source>The base date is 1993, 2014 or 2035.</source>
        <translation>基准日期须为 1993、2014 或 2035。</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>电量充值</translation>
    </message>
    <message>
        <source>Water credit</source>
        <translation>水量充值</translation>
    </message>
    <message>
        <source>Gas credit</source>
        <translation>气量充值</translation>
    </message>
    <message>
        <source>Time credit</source>
        <translation>时间充值</translation>
    </message>
    <message>
        <source>Currency credit</source>
        <translation>金额充值</translation>
    </message>
    <message>
        <source>Credit (reserved subclass)</source>
        <translation>充值（保留子类别）</translation>
    </message>
    <message>
        <source>Meter test or display</source>
        <translation>表计测试或显示</translation>
    </message>
    <message>
        <source>Set maximum power limit</source>
        <translation>设置最大功率限值</translation>
    </message>
    <message>
        <source>Clear credit</source>
        <translation>清除余额</translation>
    </message>
    <message>
        <source>Set tariff rate</source>
        <translation>设置费率</translation>
    </message>
    <message>
        <source>Clear tamper condition</source>
        <translation>清除窃电状态</translation>
    </message>
    <message>
        <source>Set maximum phase power unbalance</source>
        <translation>设置最大相间功率不平衡限值</translation>
    </message>
    <message>
        <source>Set water meter factor</source>
        <translation>设置水表系数</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>密钥变更</translation>
    </message>
    <message>
        <source>Management (reserved subclass)</source>
        <translation>管理（保留子类别）</translation>
    </message>
    <message>
        <source>Reserved token class</source>
        <translation>保留的令牌类别</translation>
    </message>
</context>
</TS>
