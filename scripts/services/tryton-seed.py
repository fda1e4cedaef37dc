#!/usr/bin/python3
"""Seeds a fresh Tryton 6.0 database for Owed's e2e test (run by tryton.sh, env CONF and DB).

A company billing in USD, six customers on Net 30 terms with a three-level dunning procedure,
fifteen posted customer invoices dated 5-120 days before today (overdue ones among them, some
partly paid, two paid) and one draft. Prints one line per invoice.
"""
import datetime, os
from decimal import Decimal
from proteus import config, Model, Wizard
cfg = config.set_trytond(os.environ['DB'], config_file=os.environ['CONF'])
today = datetime.date.today()
D = datetime.timedelta
Party = Model.get('party.party')

# company (USD). Same steps as trytond.modules.*.tests.tools, inlined because
# importing those test packages switches trytond into test mode.
Currency = Model.get('currency.currency')
usd = Currency(name='U.S. Dollar', symbol='$', code='USD', rounding=Decimal('0.01'))
usd.save()
Model.get('currency.currency.rate')(date=datetime.date.min, rate=Decimal(1), currency=usd).save()
me = Party(name='Northwind Supplies Ltd')
me.addresses[0].street = '1 Test Street'; me.addresses[0].city = 'Springfield'
me.save()
wiz = Wizard('company.company.config')
wiz.execute('company')
wiz.form.party = me; wiz.form.currency = usd
wiz.execute('add')
cfg._context = Model.get('res.user').get_preferences(True, {})

from trytond.exceptions import UserWarning as TrytonWarning
def ack(fn, *args):
    "Call fn; on a Tryton user warning ('payment date in the past'...) accept it like the UI would and retry"
    for _ in range(5):
        try:
            return fn(*args)
        except TrytonWarning as w:
            Model.get('res.user.warning')(user=cfg.user, name=w.name, always=False).save()
    raise RuntimeError('too many warnings')
company, = Model.get('company.company').find()

# fiscal years covering [today-130d, today], with INV/<year>/nnnn numbering
Seq = Model.get('ir.sequence'); SeqStrict = Model.get('ir.sequence.strict')
SeqType = Model.get('ir.sequence.type')
move_type, = SeqType.find([('name', '=', 'Account Move')], limit=1)
inv_type, = SeqType.find([('name', '=', 'Invoice')], limit=1)
FiscalYear = Model.get('account.fiscalyear')
for year in range((today - D(days=130)).year, today.year + 1):
    fy = FiscalYear(name=str(year), company=company,
        start_date=datetime.date(year, 1, 1), end_date=datetime.date(year, 12, 31))
    fy.post_move_sequence = Seq(name='Moves %s' % year,
        sequence_type=move_type, company=company)
    fy.post_move_sequence.save()
    seq = SeqStrict(name='Invoices %s' % year, sequence_type=inv_type,
        company=company, prefix='INV/%s/' % year, padding=4)
    seq.save()
    s, = fy.invoice_sequences
    s.out_invoice_sequence = s.in_invoice_sequence = seq
    s.out_credit_note_sequence = s.in_credit_note_sequence = seq
    fy.click('create_period')

# minimal chart of accounts shipped with the 'account' module
data, = Model.get('ir.model.data').find([
    ('module', '=', 'account'), ('fs_id', '=', 'account_template_root_en')])
chart = Wizard('account.create_chart')
chart.execute('account')
chart.form.account_template = Model.get('account.account.template')(data.db_id)
chart.form.company = company
chart.execute('create_account')
Account = Model.get('account.account')
acc = {}
for kind in ['receivable', 'payable', 'revenue', 'expense']:
    acc[kind], = Account.find([('type.%s' % kind, '=', True)], limit=1)
for kind, name in [('cash', 'Main Cash'), ('tax', 'Main Tax')]:
    acc[kind], = Account.find([('name', '=', name)], limit=1)
chart.form.account_receivable = acc['receivable']
chart.form.account_payable = acc['payable']
chart.execute('create_properties')

# 10% sales tax
tax = Model.get('account.tax')(name='VAT 10%', description='VAT 10%',
    type='percentage', rate=Decimal('.10'),
    invoice_account=acc['tax'], credit_note_account=acc['tax'])
tax.save()

# payment term: net 30 days
Term = Model.get('account.invoice.payment_term')
net30 = Term(name='Net 30 days')
line = net30.lines.new(type='remainder')
delta = line.relativedeltas[0] if line.relativedeltas else line.relativedeltas.new()
delta.days = 30
net30.save()

# payment method (cash journal) for partial payments
Journal = Model.get('account.journal')
cash_journal, = Journal.find([('type', '=', 'cash')], limit=1)
PayMethod = Model.get('account.invoice.payment.method')
cash = PayMethod(name='Bank transfer', journal=cash_journal,
    credit_account=acc['cash'], debit_account=acc['cash'])
cash.save()

# dunning procedure (reminder levels by days overdue)
Procedure = Model.get('account.dunning.procedure')
proc = Procedure(name='Standard reminders')
for i, days in enumerate([1, 30, 60], 1):
    lvl = proc.levels.new(); lvl.sequence = i; lvl.overdue = D(days=days)
proc.save()

# customers
CUSTOMERS = [
    ('Acme Corporation', 'billing@acme.example', '+1 555 0100', 'Road Runner Ave 1', 'Phoenix'),
    ('Globex Inc.', 'ap@globex.example', '+1 555 0101', '42 Cypress Creek', 'Cypress Creek'),
    ('Initech LLC', 'accounts@initech.example', '+1 555 0102', '9 Office Park', 'Austin'),
    ('Umbrella Health', 'finance@umbrella.example', '+44 20 7946 0103', '7 Raccoon St', 'London'),
    ('Stark Industries', 'payables@stark.example', '+1 555 0104', '10880 Malibu Point', 'Malibu'),
    ('Wayne Enterprises', 'invoices@wayne.example', '+1 555 0105', '1007 Mountain Dr', 'Gotham'),
]
parties = []
for name, email, phone, street, city in CUSTOMERS:
    p = Party(name=name)
    p.addresses[0].street = street; p.addresses[0].city = city
    p.contact_mechanisms.new(type='email', value=email)
    p.contact_mechanisms.new(type='phone', value=phone)
    p.customer_payment_term = net30
    p.dunning_procedure = proc
    p.save()
    parties.append(p)

# invoices: (customer, days ago, [(description, qty, unit price)], paid)
# paid: None = unpaid, 'full' = fully paid, Decimal = partial payment amount
INVOICES = [
    (0, 120, [('Consulting - March', 10, 150)], None),
    (1, 110, [('Widgets', 200, Decimal('2.50')), ('Shipping', 1, 45)], Decimal('200')),
    (2, 100, [('Software licence', 5, 99)], None),
    (3,  95, [('Lab supplies', 40, Decimal('12.75'))], 'full'),
    (4,  90, [('Arc reactor maintenance', 1, 4800)], Decimal('1500')),
    (5,  84, [('Security audit', 3, 950)], None),
    (0,  75, [('Consulting - May', 12, 150)], None),
    (1,  65, [('Widgets', 120, Decimal('2.50'))], None),
    (2,  58, [('Support plan', 1, 600)], Decimal('100')),
    (3,  50, [('Lab supplies', 25, Decimal('12.75'))], None),
    (4,  42, [('Hardware', 2, 1250)], None),
    (5,  35, [('Training day', 2, 800)], 'full'),
    (0,  28, [('Consulting - July', 8, 150)], None),
    (1,  20, [('Widgets', 300, Decimal('2.50'))], None),
    (2,   5, [('Software licence', 2, 99)], None),
]
Invoice = Model.get('account.invoice')
for cust, days, lines, paid in INVOICES:
    inv = Invoice(type='out', party=parties[cust], payment_term=net30,
        invoice_date=today - D(days=days))
    for desc, qty, price in lines:
        l = inv.lines.new()
        l.account = acc['revenue']; l.description = desc
        l.quantity = qty; l.unit_price = Decimal(price)
        l.taxes.append(tax.__class__(tax.id))
    ack(inv.click, 'post')
    if paid:
        pay = Wizard('account.invoice.pay', [inv])
        pay.form.payment_method = cash
        pay.form.date = min(today, inv.invoice_date + D(days=20))
        if paid != 'full':
            pay.form.amount = paid
        ack(pay.execute, 'choice')
        if pay.state != 'end':
            pay.form.type = 'partial'
            ack(pay.execute, 'pay')
# one draft (unposted) invoice, so the list shows mixed states
inv = Invoice(type='out', party=parties[5], payment_term=net30)
l = inv.lines.new(); l.account = acc['revenue']; l.description = 'Draft quote'
l.quantity = 1; l.unit_price = Decimal(500)
inv.save()

# skip the 'Module Configuration' wizard that would pop up on first login
for item in Model.get('ir.module.config_wizard.item').find([('state', '!=', 'done')]):
    item.state = 'done'; item.save()

# dunnings for every overdue receivable line as of today
ack(Wizard('account.dunning.create').execute, 'create_')

out = Invoice.find([('type', '=', 'out')], order=[('invoice_date', 'ASC')])
overdue = 0
for i in out:
    due = min((l.maturity_date for l in i.lines_to_pay), default=None)
    od = i.state == 'posted' and due is not None and due < today
    overdue += od
    print('  %-14s %-18s %s due %s %9s to pay %9s %-6s%s' % (
        i.number or '(draft)', i.party.name, i.invoice_date or '-', due or '-', i.total_amount,
        i.amount_to_pay, i.state, ' OVERDUE' if od else ''))
print('  %d customer invoices, %d overdue, %d dunnings' % (
    len(out), overdue, len(Model.get('account.dunning').find([]))))
