import type { Messages } from '$lib/i18n/catalog';
import type en from './guide-topics.en';

export default {
	'see-a-doctor': [
		{
			paragraphs: [
				'Wenn die Krämpfe innerhalb eines Tages aufhören, ist ein Arztbesuch meist nicht nötig.',
				'Wenn Sie unsicher sind, holen Sie sich Hilfe.'
			]
		}
	],
	'what-is-a-spasm': [
		{
			paragraphs: [
				'Bei einem Krampf spannt sich ein Muskel von selbst an. Im unteren Rücken kann sich das wie ein harter Knoten anfühlen, wie ein Ziehen oder wie ein Griff, der nicht loslässt. Es kann unangenehm oder recht schmerzhaft sein.',
				'Starke Schmerzen bedeuten nicht, dass etwas schwer beschädigt ist. Manchmal strahlen die Schmerzen ins Gesäß oder ins Bein aus und machen das Bewegen schwer; auch das legt sich oft wieder. Das erste Thema, Wann Sie Hilfe brauchen, sagt, bei welchen Zeichen Sie ärztliche Hilfe brauchen.'
			]
		},
		{
			heading: 'Häufige Ursachen',
			paragraphs: [
				'Oft kommt mehr als eine zusammen, und oft gibt es gar keinen klaren Grund. Es bedeutet nicht, dass Sie etwas falsch gemacht haben.'
			],
			bullets: [
				'Müde oder überlastete Muskeln',
				'Lange in derselben Haltung bleiben, zum Beispiel lange sitzen',
				'Zu wenig trinken',
				'Zu wenig Elektrolyte, also Salze und Mineralstoffe, die die Muskeln brauchen',
				'Zu weit dehnen',
				'Eine frühere Verletzung am Rücken',
				'Manche lang andauernden Erkrankungen'
			]
		},
		{
			heading: 'Die gute Nachricht',
			paragraphs: [
				'Die meisten Krämpfe bessern sich mit dem, was Sie zu Hause tun können: Ruhepausen, Kälte oder Wärme, genug trinken, sanfte Bewegung und Dehnen. Dieser Ratgeber führt Sie durch jeden Schritt, in der Reihenfolge, in der die meisten sie ausprobieren.'
			]
		}
	],
	'what-to-expect': [
		{
			paragraphs: [
				'Ein Krampf kann sehr wehtun und Angst machen, vor allem am ersten oder zweiten Tag. So starke Schmerzen bedeuten nicht, dass Ihr Rücken schwer beschädigt ist.',
				'Die meisten Krämpfe im Rücken und Schmerzen im unteren Rücken werden innerhalb von wenigen Tagen bis wenigen Wochen deutlich besser. Manche dauern länger, und manche kommen ab und zu wieder; beides ist häufig, und beides bessert sich meist wieder.'
			]
		},
		{
			heading: 'In Bewegung bleiben, sanft',
			paragraphs: [
				'In den ersten Stunden helfen kurze Ruhepausen in einer bequemen Position. Danach hilft sanfte Bewegung dem Rücken, sich zu erholen. Stunden oder Tage im Bett verzögern die Erholung eher.',
				'Wenig und oft hilft gut: ein paar Minuten gehen oder ein paar sanfte Bewegungen, mehrmals am Tag, und etwas mehr, wenn es nachlässt.'
			]
		},
		{
			heading: 'Schmerz bedeutet nicht Schaden',
			paragraphs: [
				'Bewegung kann anfangs wehtun. Leichte Beschwerden, die wieder nachlassen, sind in Ordnung und kein Zeichen für einen Schaden.'
			],
			bullets: [
				'Hören Sie auf und ruhen Sie sich aus, wenn Sie stechende Schmerzen spüren oder Schmerzen, die ins Bein ausstrahlen.',
				'Machen Sie beim nächsten Mal weniger, wenn es Ihnen danach schlechter geht und das nicht nachlässt.',
				'Lesen Sie nach, wann Sie Hilfe brauchen, wenn etwas Neues oder Beunruhigendes auftritt.'
			]
		},
		{
			paragraphs: [
				'Jeder Rücken ist anders. Niemand kann genau sagen, wie lange es bei Ihnen dauert. Wenn Sie Ihre Schmerzen im Tageseintrag notieren, sehen Sie, in welche Richtung es geht.'
			]
		}
	],
	'getting-up-and-down': [
		{
			paragraphs: [
				'Bei einem Krampf sind das Hinlegen und das Wiederaufstehen oft die schwersten Momente. Drei Gewohnheiten machen sie leichter für den Rücken: Bewegen Sie sich langsam, drehen Sie Schultern und Hüfte gleichzeitig, und drücken Sie sich mit Armen und Beinen hoch, nicht mit dem Rücken.'
			]
		},
		{
			heading: 'Aus dem Bett und wieder hinein',
			paragraphs: ['Zum Aufstehen über die Seite:'],
			bullets: [
				'Winkeln Sie die Knie an und drehen Sie sich in einem Stück auf die Seite.',
				'Lassen Sie die Beine über die Bettkante gleiten und drücken Sie sich dabei mit den Armen seitlich hoch.',
				'Bleiben Sie ein paar Atemzüge sitzen. Stehen Sie dann auf und drücken Sie sich dabei mit den Händen auf den Oberschenkeln ab.'
			]
		},
		{
			paragraphs: [
				'Zum Hinlegen geht es umgekehrt: Setzen Sie sich auf die Bettkante, lassen Sie sich mit den Armen auf die Seite sinken, heben Sie beide Beine gleichzeitig aufs Bett und drehen Sie sich dann auf den Rücken.'
			]
		},
		{
			heading: 'Auf den Boden und wieder hoch',
			paragraphs: [
				'Nehmen Sie einen stabilen Stuhl. Nach unten: Hände auf die Sitzfläche, ein Knie auf den Boden, dann das andere, dann auf eine Hüfte und auf die Seite. Nach oben: auf Hände und Knie, Hände auf den Stuhl, einen Fuß nach vorn, dann mit den Beinen hochdrücken.',
				'Wenn das Knien zu sehr wehtut, ruhen Sie sich auf einem Bett oder Sofa aus statt auf dem Boden. Die Routine für die ersten Stunden kommt ganz ohne Knien aus.'
			]
		},
		{
			heading: 'Wenn es nicht weitergeht',
			paragraphs: [
				'Bleiben Sie, wo Sie sind, atmen Sie langsam und warten Sie ein paar Minuten, bevor Sie es noch einmal versuchen, langsamer. Oft hilft es, sich auf die Seite zu drehen, mit einem Kissen zwischen den Knien. Sie können gern jemanden bitten, einen Stuhl festzuhalten oder Ihnen zu bringen, was Sie brauchen.'
			]
		}
	],
	rest: [
		{
			paragraphs: [
				'Der erste Schritt ist der einfachste: Halten Sie inne und gönnen Sie den verspannten Muskeln eine Pause.',
				'Suchen Sie sich einen ruhigen Ort zum Sitzen oder Liegen. Vielen fällt es am leichtesten, auf dem Rücken zu liegen, die Unterschenkel auf einem Stuhl oder auf Kissen, oder auf der Seite mit einem Kissen zwischen den Knien. Manche liegen lieber auf dem Bauch, mit einem Kissen unter dem Bauch.',
				'Kurze Ruhepausen helfen am meisten. Stehen Sie danach auf und bewegen Sie sich sanft: Stunden oder Tage im Bett verzögern die Erholung.'
			]
		}
	],
	cold: [
		{
			paragraphs: [
				'Kälte kann einen Krampf beruhigen. Halten Sie ein Kühlpack etwa 20 Minuten auf die schmerzende Stelle. Nehmen Sie es dann ab und lassen Sie die Haut wieder warm werden. Das ist ein Durchgang. Wenn der Krampf wiederkommt, können Sie es nach etwa zwei Stunden Pause wiederholen.',
				'Kälte hilft nicht allen. Wenn sie Ihnen nicht hilft, versuchen Sie es stattdessen mit Wärme.'
			]
		},
		{
			heading: 'Kälte sicher anwenden',
			paragraphs: [],
			bullets: [
				'Wickeln Sie das Kühlpack in ein dünnes Tuch oder Handtuch.',
				'Legen Sie Eis nie direkt auf die Haut.',
				'Prüfen Sie Ihre Haut vor jedem Durchgang. Wenn sie ungewöhnlich aussieht oder taub bleibt, lassen Sie das Kühlpack weg.',
				'Verwenden Sie Kälte oder Wärme nicht auf Haut mit wenig Gefühl (Taubheitsgefühl, Diabetes, schlechte Durchblutung) und nicht auf verletzter Haut.'
			]
		}
	],
	heat: [
		{
			paragraphs: [
				'Wärme hilft angespannten, müden Muskeln, sich zu lockern. Ein Heizkissen, eine Wärmflasche oder ein warmes Bad oder eine warme Dusche können helfen.',
				'Etwa 20 Minuten auf einmal sind genug.'
			]
		},
		{
			heading: 'Wärme sicher anwenden',
			paragraphs: [],
			bullets: [
				'Lassen Sie immer ein Handtuch oder einen Bezug zwischen Wärme und Haut.',
				'Warm reicht; auf der Haut darf es sich nie heiß anfühlen.',
				'Schlafen Sie nie auf einem Heizkissen oder mit einer Wärmflasche ein.',
				'Prüfen Sie danach Ihre Haut.',
				'Verwenden Sie Kälte oder Wärme nicht auf Haut mit wenig Gefühl (Taubheitsgefühl, Diabetes, schlechte Durchblutung) und nicht auf verletzter Haut.'
			]
		}
	],
	fluids: [
		{
			paragraphs: [
				'Muskeln brauchen Wasser und Elektrolyte, also Salze und Mineralstoffe des Körpers, um gut zu arbeiten. Fehlt eines davon, verkrampfen sie leichter.',
				'Trinken Sie über den Tag verteilt mehr Wasser als sonst. Bananen oder ein Elektrolytgetränk können helfen, wenn Elektrolyte fehlen.',
				'Das hilft nur, wenn zu wenig Flüssigkeit ein Teil der Ursache ist, und es dauert eine Weile. Machen Sie deshalb auch mit den anderen Schritten weiter.',
				'Wenn Ihnen ärztlich geraten wurde, Ihre Trinkmenge zu begrenzen, zum Beispiel wegen einer Herz- oder Nierenerkrankung, halten Sie sich an diesen Rat.'
			]
		}
	],
	movement: [
		{
			paragraphs: [
				'Wenn ein Krampf von zu langem Sitzen oder Stillhalten kommt, bringt sanfte Bewegung die Muskeln wieder in Gang.',
				'Gehen Sie kurz und ruhig, nach der Uhr statt nach der Strecke: 3 Minuten, egal wie langsam. Wenn das gut geht, gehen Sie beim nächsten Mal etwas länger, Schritt für Schritt: 5 Minuten, dann 10 Minuten. Auch ein paar Treppen in ruhigem Tempo helfen. Wenn ein Krampf beginnt, bleiben Sie stehen und dehnen Sie sich sanft.',
				'Wenn fehlende Bewegung nicht die Ursache ist, ist sanftes Dehnen meist besser als Sport.'
			]
		}
	],
	stretching: [
		{
			paragraphs: [
				'Sanftes Dehnen kann verspannten Muskeln helfen, sich zu lösen, und Ihnen helfen, sich wieder freier zu bewegen.',
				'Die Stellung des Kindes ist ein guter Anfang: Knien Sie sich hin, schieben Sie das Gesäß zurück zu den Fersen und legen Sie die Brust auf den Oberschenkeln ab. Wenn Ihnen das Knien schwerfällt, ist es sanfter, im Liegen auf dem Rücken ein Knie zur Brust zu ziehen.'
			]
		},
		{
			heading: 'Behutsam dehnen',
			paragraphs: [],
			bullets: [
				'Bewegen Sie sich langsam und atmen Sie weiter.',
				'Leichte Beschwerden, die wieder nachlassen, sind in Ordnung; hören Sie bei stechenden Schmerzen oder Schmerzen, die ins Bein ausstrahlen, auf.',
				'Brechen Sie jede Dehnung ab, die Taubheitsgefühl oder Kribbeln auslöst.',
				'Wenn es Ihnen danach schlechter geht und das nicht nachlässt, machen Sie beim nächsten Mal weniger.',
				'Machen Sie an einem schlechten Tag weniger: Die sanften Dehnübungen im Liegen machen Sie ganz auf dem Rücken oder auf der Seite.'
			]
		},
		{
			heading: 'Vor dem Start abklären',
			paragraphs: [
				'Fragen Sie in einer Arztpraxis oder in der Physiotherapie nach, bevor Sie diese Dehnübungen machen, wenn einer dieser Punkte zutrifft:'
			],
			bullets: [
				'Sie sind schwanger.',
				'Sie wurden kürzlich am Rücken operiert.',
				'Sie haben Knochenschwund (Osteoporose).',
				'Es geht um ein Kind unter 16 Jahren.'
			]
		}
	],
	'pain-relief': [
		{
			paragraphs: [
				'Manche rezeptfreien Schmerzmittel lindern nicht nur Schmerzen, sondern auch Entzündungen. Wenn die Schmerzen nachlassen, fällt es leichter, sich auszuruhen, sich zu bewegen und sich zu dehnen.',
				'Limber empfiehlt kein bestimmtes Medikament und keine Dosis.'
			]
		},
		{
			heading: 'Bevor Sie etwas einnehmen',
			paragraphs: [],
			bullets: [
				'Lesen Sie die Packungsbeilage, halten Sie sich daran und nehmen Sie nie mehr, als dort steht.',
				'Nehmen Sie die niedrigste Dosis, die wirkt, und so kurz wie nötig.',
				'Fragen Sie vorher in der Apotheke, wenn Sie schwanger sind, ein Magengeschwür hatten, Asthma oder Probleme mit Nieren, Leber oder Herz haben oder ein blutverdünnendes Mittel nehmen.',
				'Fragen Sie in der Apotheke, welches Mittel für Sie passt, vor allem wenn Sie andere Medikamente nehmen.',
				'Entzündungshemmende Gele für die Haut sind eine weitere Möglichkeit; in der Apotheke erfahren Sie, ob eines für Sie passt.'
			]
		},
		{
			paragraphs: [
				'Notieren Sie Ihre Schmerzen im heutigen Tageseintrag. So sehen Sie, ob sie von Tag zu Tag nachlassen.'
			]
		}
	],
	'everyday-moves': [
		{
			heading: 'Husten und Niesen',
			paragraphs: [
				'Ein plötzliches Husten oder Niesen kann einen schmerzenden Rücken erschüttern. Wenn Sie es kommen spüren, beugen Sie die Knie leicht, legen Sie eine Hand auf den Bauch und spannen Sie ihn sanft an. Es hilft auch, sich leicht an einem Tisch oder einer Wand abzustützen.'
			]
		},
		{
			heading: 'Anziehen',
			paragraphs: [],
			bullets: [
				'Setzen Sie sich hin, um Socken, Schuhe und Hosen anzuziehen.',
				'Holen Sie jeden Fuß zu sich heran, über das andere Knie oder auf einen niedrigen Hocker, statt sich zu ihm hinunterzubeugen.',
				'Schuhe zum Hineinschlüpfen und ein langer Schuhlöffel helfen für den Moment.',
				'Legen Sie sich vorher alles, was Sie brauchen, in Reichweite.'
			]
		},
		{
			heading: 'Die Toilette',
			paragraphs: [],
			bullets: [
				'Setzen Sie sich langsam, die Hände auf den Oberschenkeln oder an einem Haltegriff, wenn ein stabiler da ist.',
				'Stellen Sie die Füße flach und etwas auseinander.',
				'Stehen Sie genauso auf und drücken Sie sich mit Beinen und Armen hoch.'
			]
		},
		{
			heading: 'Das Auto',
			paragraphs: [
				'Schieben Sie zuerst den Sitz nach hinten. Setzen Sie sich seitlich, mit dem Rücken zum Sitz, den Kopf zuletzt, und drehen Sie dann beide Beine gleichzeitig hinein. Zum Aussteigen umgekehrt: beide Beine gleichzeitig hinaus, Füße auf den Boden, dann aufstehen.'
			]
		}
	],
	'sleeping-positions': [
		{
			paragraphs: [
				'Es gibt nicht die eine richtige Position: Am besten ist die, die Ihre Schmerzen lindert. Diese passen für viele:'
			],
			bullets: [
				'Auf der Seite, mit angewinkelten Knien und einem Kissen zwischen den Knien.',
				'Auf dem Rücken, mit Kissen unter den Knien oder mit den Unterschenkeln auf einem Stuhl oder Sofa.',
				'Auf dem Bauch mit einem Kissen unter dem Bauch, wenn Ihnen das leichter fällt.'
			]
		},
		{
			heading: 'In der Nacht',
			paragraphs: [],
			bullets: [
				'Wechseln Sie die Position, so oft Sie es brauchen, und drehen Sie sich über die Seite, um sich umzudrehen oder aufzustehen.',
				'Atmen und loslassen ist eine ruhige, angeleitete Einheit mit Anleitung per Stimme, sodass Sie die Augen schließen können.',
				'Wenn Steifheit Sie weckt, können ein paar sanfte Bewegungen im Bett Ihnen helfen, wieder zur Ruhe zu kommen.',
				'Schlafen Sie nie auf einem Heizkissen oder mit einer Wärmflasche ein.'
			]
		}
	],
	'worry-sleep-pacing': [
		{
			paragraphs: [
				'Wie Sie sich fühlen und wie Sie schlafen, wirkt sich auf Schmerzen aus. Sorgen, Stress und schlechter Schlaf können denselben Schmerz stärker wirken lassen, und Schmerzen können das Schlafen erschweren. Das ist häufig und bessert sich oft, wenn sich der Rücken bessert.',
				'Rückenschmerzen können Angst machen. Starke Schmerzen bedeuten aber nicht, dass Ihr Rücken schwer beschädigt ist.'
			]
		},
		{
			heading: 'Kräfte einteilen',
			paragraphs: [
				'Kräfte einteilen heißt: wenig, aber oft, statt viel auf einmal. An einem guten Tag ist es verlockend, alles nachzuholen; es über den Tag zu verteilen, schont den Rücken. Teilen Sie Aufgaben in kurze Abschnitte, wechseln Sie dazwischen die Position und machen Sie etwas mehr, wenn es nachlässt.'
			]
		},
		{
			heading: 'Schlaf',
			paragraphs: ['Kissen können Ihrem Rücken nachts helfen, sich auszuruhen:'],
			bullets: [
				'Auf der Seite, mit angewinkelten Knien und einem Kissen zwischen den Knien.',
				'Auf dem Rücken, mit Kissen unter den Knien.',
				'Langsames Atmen kann Ihnen helfen, zur Ruhe zu kommen: Atmen und loslassen leitet Sie dabei per Stimme an.'
			]
		},
		{
			heading: 'Röntgen, MRT und Physiotherapie',
			paragraphs: [
				'Bei Rückenschmerzen sind Untersuchungen wie Röntgen oder MRT selten nötig. Wenn Sie eine brauchen, sagt man Ihnen das in der Arztpraxis.',
				'In vielen Regionen können Sie Physiotherapie auch ohne vorherigen Arztbesuch bekommen. Ihre Krankenkasse kann Ihnen sagen, ob das bei Ihnen möglich ist.'
			]
		}
	],
	'sitting-driving-work': [
		{
			heading: 'Sitzen',
			paragraphs: [
				'Setzen Sie sich ganz nach hinten auf einen festen Stuhl, mit einem gerollten Handtuch hinter dem unteren Rücken und den Füßen flach auf dem Boden. Stehen Sie alle 20 bis 30 Minuten auf und bewegen Sie sich: ein kurzer Spaziergang oder ein paar Bewegungen aus der Pause am Schreibtisch.'
			]
		},
		{
			heading: 'Autofahren',
			paragraphs: [
				'Fahren Sie erst wieder, wenn Sie bequem sitzen, sich zum Schauen nach hinten drehen und kräftig bremsen können, ohne dass die Schmerzen Sie behindern. Lesen Sie bei jedem Medikament, das Sie nehmen, in der Packungsbeilage nach, ob es müde macht. Machen Sie auf langen Fahrten oft Pausen und gehen Sie ein paar Schritte.'
			]
		},
		{
			heading: 'Zurück zur Arbeit',
			paragraphs: [
				'Schritt für Schritt zur Arbeit und in den Alltag zurückzukehren, hilft oft bei der Erholung; Sie müssen nicht warten, bis alle Schmerzen weg sind. Beginnen Sie wenn möglich mit leichteren Aufgaben oder kürzeren Tagen, und machen Sie Bewegungspausen.',
				'Wenn Ihre Arbeit körperlich schwer ist oder Sie viel heben müssen, fragen Sie nach leichteren Aufgaben für eine Weile.'
			]
		}
	],
	'if-it-comes-back': [
		{
			paragraphs: [
				'Rückenschmerzen kommen oft wieder, bei vielen innerhalb eines Jahres. Das ist häufig, und meist bessern sie sich mit denselben Maßnahmen zu Hause wieder.'
			]
		},
		{
			heading: 'Das Risiko senken',
			paragraphs: [
				'Wer aktiv bleibt und auch nach dem Abklingen etwas Bewegung beibehält, senkt das Risiko, dass es wiederkommt. Die Wirkung lässt nach, wenn die Bewegung aufhört. Wählen Sie deshalb etwas, das Sie dauerhaft machen können, zum Beispiel regelmäßige Spaziergänge oder eine Routine, die Ihnen gefällt.'
			]
		},
		{
			heading: 'Ein Plan für das nächste Mal',
			paragraphs: [
				'Halten Sie einen kurzen Plan für „Wenn es wiederkommt“ fest: was diesmal geholfen hat, etwa eine Position zum Ausruhen, Kälte oder Wärme oder eine Routine. Wenn sich Ihr Rücken beruhigt hat, fragt Limber Sie, was geholfen hat, und zeigt es beim nächsten Mal zuerst.'
			]
		},
		{
			heading: 'Wenn es wiederkommt',
			paragraphs: [],
			bullets: [
				'Beginnen Sie wieder mit den ersten Stunden: eine bequeme Position, Ruhepausen und langsames Atmen, dann sanfte Bewegung.',
				'Steigern Sie Ihre Spaziergänge wieder, Schritt für Schritt.',
				'Die Warnzeichen gelten weiterhin. Prüfen Sie sie, wenn etwas neu ist oder anders als sonst.'
			]
		}
	]
} satisfies Messages<typeof en>;
