#!/usr/bin/env python3
"""Writes hostile-events.json beside this script from the real event 1201 (see README.md)."""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(HERE, '../Fixtures/ll2/event-1201-2.3.0-detailed.json')))
X = '<script>alert(1)</script><img src=x onerror=alert(2)>"><svg onload=alert(3)></item>]]>--><!--&amp;\'"'
CTL = ('line1\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:pwned\u0000\u0001\u0008\u000b\u000c\u001b\u007f\u0085'
       '\u2028\u2029\ufeff;,\\ end')
BAD_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
            'vbscript:msgbox(1)', 'jav&#x09;ascript:alert(1)', '//evil.example/x', 'https://ok.example/"><script>']


def hostile(i, **over):
    e = copy.deepcopy(base)
    e['id'] = 900000 + i
    e['name'] = f'{X} {CTL} #{i}'
    e['slug'] = '../../etc/passwd'
    e['description'] = X + '\n\n' + CTL + '\n\n' + '🚀' * 50
    e['location'] = X + CTL
    e['type'] = {'id': 9000, 'name': 'Type ' + X + CTL}
    e['url'] = BAD_URLS[i % len(BAD_URLS)]
    e['image']['image_url'] = BAD_URLS[(i + 1) % len(BAD_URLS)]
    e['image']['credit'] = X
    e['image']['name'] = X + CTL
    e['image']['license']['name'] = X
    e['image']['license']['link'] = BAD_URLS[(i + 2) % len(BAD_URLS)]
    for v in e['vid_urls']:
        v['url'] = BAD_URLS[(i + 3) % len(BAD_URLS)]
        v['title'] = X + CTL
        v['publisher'] = X
        v['source'] = X
        v['language']['name'] = X
        v['type']['name'] = X
    e['vid_urls'].append({'url': 'https://ok.example/watch?v=1&x=<b>', 'title': X, 'publisher': CTL, 'live': True,
                          'priority': 1})
    e['info_urls'] = [{'url': u, 'title': X, 'source': CTL} for u in BAD_URLS]
    for u in e['updates']:
        u['comment'] = X + CTL
        u['created_by'] = X
        u['info_url'] = BAD_URLS[(i + 4) % len(BAD_URLS)]
    for a in e['agencies']:
        a['name'] = X + CTL
        a['abbrev'] = X
        a['type'] = {'id': 1, 'name': X}
    for p in e['program']:
        p['name'] = X + CTL
        p['info_url'] = BAD_URLS[i % len(BAD_URLS)]
        p['wiki_url'] = 'https://wiki.example/' + X
    for s in e['spacestations']:
        s['name'] = 'Station ' + X + CTL
        s['orbit'] = X
        s['status']['name'] = X
        s['description'] = X + CTL
        s['image']['image_url'] = BAD_URLS[i % len(BAD_URLS)]
    e.update(over)
    return e


events = [
    hostile(1),
    hostile(2, slug='a/b', date_precision={'id': 999, 'name': X}, duration='-PT5M'),
    hostile(3, slug='%2e%2e', duration='P1DT2H3M4.5S'),
    hostile(4, slug='..\\..\\windows', duration='garbage' + X),
    hostile(5, slug='', date=None, duration=None),
    hostile(6, slug=None, date_precision={'id': 7, 'name': 'Month'}),
    hostile(7, slug='collide'),
    hostile(8, slug='collide', name='Emoji and huge ' + '🚀é' * 20000),
    hostile(9, slug='/etc/passwd', date_precision=None),
    hostile(10, slug='.', date_precision={'id': 16}),
]
skipped = [
    dict(copy.deepcopy(base), id=900101, name=12345),
    dict(copy.deepcopy(base), id=900102, date='next tuesday'),
    {k: v for k, v in base.items() if k != 'id'},
    dict(copy.deepcopy(base), id=900104, vid_urls={'not': 'a list'}),
    dict(copy.deepcopy(base), id='900105'),
    dict(copy.deepcopy(base), id=900106, name=None),
]
doc = {'count': len(events) + len(skipped), 'next': None, 'previous': None, 'results': events + skipped}
with open(os.path.join(HERE, 'hostile-events.json'), 'w') as out:
    json.dump(doc, out, ensure_ascii=False, indent=1)
