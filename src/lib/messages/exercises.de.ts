import type { Messages } from '$lib/i18n/catalog';
import type en from './exercises.en';

export default {
	positions: {
		'lying-back': 'Auf dem Rücken',
		'lying-side': 'Auf der Seite',
		'lying-front': 'Auf dem Bauch',
		kneeling: 'Im Knien',
		sitting: 'Im Sitzen',
		standing: 'Im Stehen'
	},
	stopRules: {
		stretch:
			'die Schmerzen stechend werden oder ins Gesäß oder ein Bein ausstrahlen, oder wenn Sie Taubheit oder Kribbeln spüren. Leichte Beschwerden, die wieder nachlassen, sind in Ordnung.',
		rest: 'die Schmerzen stechend werden oder ins Bein ausstrahlen, oder wenn Sie Taubheit oder Kribbeln spüren. Wechseln Sie dann in eine bequemere Position.',
		breathe:
			'die Schmerzen stechend werden oder ins Bein ausstrahlen, oder wenn Sie Taubheit oder Kribbeln spüren. Wechseln Sie dann in eine bequemere Position.',
		walk: 'die Schmerzen stechend werden oder ins Bein ausstrahlen, oder wenn Sie Taubheit oder Kribbeln spüren. Wenn ein Krampf einsetzt, bleiben Sie stehen, ruhen Sie sich aus und dehnen Sie sanft.',
		move: 'Halten Sie inne, wo Sie gerade sind, und atmen Sie, bis es nachlässt. Machen Sie dann langsamer weiter. Wenn Schmerzen ins Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren, ruhen Sie sich in der bequemsten Position aus, die Ihnen möglich ist.'
	},
	stopLabel: { move: 'Wenn es wehtut:', other: 'Aufhören, wenn:' },
	worseAfterwards:
		'Wenn Ihr Rücken danach schlimmer ist und sich nicht beruhigt, machen Sie beim nächsten Mal weniger oder lassen Sie diese Übung ein paar Tage weg.',
	length: {
		hold: (length: string) => `${length} halten`,
		rest: (length: string) => `Ausruhen ${length}`,
		breathe: (length: string) => `Atmen ${length}`,
		walk: (length: string) => `Gehen ${length}`,
		about: (length: string) => `Etwa ${length}`,
		reps: (count: number) => `${count} langsame Wiederholungen`,
		untimed: 'So lange Sie möchten, dann auf „Weiter“ tippen'
	},
	library: {
		title: 'Übungssammlung',
		description: 'Alle Dehnübungen in Limber mit Bild und Anleitung, nach Haltung geordnet.',
		back: '← Routinen',
		intro:
			'Alle Dehnübungen, die Limber verwendet, nach Haltung geordnet: vom Liegen bis zum Stehen. Öffnen Sie eine Übung, um zu sehen, wie sie geht, was Sie spüren sollten und wann Sie aufhören.',
		positions: 'Haltungen'
	},
	page: {
		back: '← Übungssammlung',
		eachSide: 'pro Seite',
		howTo: 'So geht es',
		breathing: 'Atmung:',
		feel: 'Was Sie spüren sollten:'
	},
	exercises: {
		'childs-pose': {
			name: 'Stellung des Kindes',
			illustrationAlt:
				'Eine Person kniet, das Gesäß zu den Fersen gesenkt, die Brust liegt auf den Oberschenkeln, die Arme sind nach vorn auf der Matte ausgestreckt.',
			summary: 'Eine ruhige Dehnung, bei der der untere Rücken länger und weicher werden kann.',
			steps: [
				'Knien Sie sich auf eine Matte, die Knie etwas auseinander.',
				'Senken Sie das Gesäß nach hinten zu den Fersen.',
				'Schieben Sie die Hände nach vorn und legen Sie die Brust auf den Oberschenkeln ab.',
				'Legen Sie die Stirn auf der Matte oder auf einem Kissen ab.'
			],
			breathing:
				'Atmen Sie langsam in den Rücken und lassen Sie ihn mit jedem Ausatmen weicher werden.',
			feel: 'Eine sanfte Dehnung im unteren Rücken und in den Hüften.',
			stopAlso: 'Ein Kissen unter dem Gesäß oder den Knien kann es leichter machen.',
			cue: 'Stellung des Kindes. Senken Sie das Gesäß nach hinten zu den Fersen.'
		},
		'knee-to-chest-single': {
			name: 'Ein Knie zur Brust',
			illustrationAlt:
				'Eine Person liegt auf dem Rücken und zieht ein Knie zur Brust, das andere Bein liegt lang ausgestreckt.',
			summary: 'Ziehen Sie ein Knie heran, um die Spannung im unteren Rücken zu lösen.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen.',
				'Ziehen Sie ein Knie zur Brust und halten Sie es mit beiden Händen.',
				'Lassen Sie das andere Bein locker, angewinkelt oder lang.',
				'Senken Sie das Bein zum Schluss langsam ab.'
			],
			breathing:
				'Atmen Sie aus, während Sie das Knie heranziehen, und atmen Sie dann ruhig weiter, während Sie halten.',
			feel: 'Eine leichte Dehnung im unteren Rücken und im Gesäß.',
			cue: 'Knie zur Brust. Ziehen Sie ein Knie sanft zur Brust.'
		},
		'knee-to-chest-double': {
			name: 'Beide Knie zur Brust',
			illustrationAlt: 'Eine Person liegt auf dem Rücken und zieht beide Knie zur Brust.',
			summary: 'Ziehen Sie beide Knie heran, damit sich der untere Rücken rundet und ausruht.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen.',
				'Heben Sie ein Knie und dann das andere zur Brust.',
				'Halten Sie die Beine hinter den Oberschenkeln oder über den Knien.',
				'Stellen Sie zum Schluss einen Fuß nach dem anderen ab.'
			],
			breathing: 'Atmen Sie langsam und lassen Sie den Rücken in den Boden sinken.',
			feel: 'Eine sanfte, runde Dehnung im ganzen unteren Rücken.',
			cue: 'Beide Knie zur Brust. Ziehen Sie sie sanft heran.'
		},
		'cat-cow': {
			name: 'Katze-Kuh',
			illustrationAlt:
				'Eine Person auf Händen und Knien macht den Rücken rund wie eine Katze und lässt ihn dann sanft durchhängen.',
			summary: 'Ein langsames Wiegen der Wirbelsäule, das einen steifen Rücken lockert.',
			steps: [
				'Gehen Sie auf Hände und Knie: die Hände unter den Schultern, die Knie unter den Hüften.',
				'Machen Sie den Rücken rund zur Decke und lassen Sie den Kopf hängen.',
				'Lassen Sie dann den Bauch langsam sinken und heben Sie den Blick ein wenig.',
				'Bewegen Sie sich langsam und nur so weit, wie es leicht geht.'
			],
			breathing: 'Atmen Sie aus, wenn Sie den Rücken rund machen, und ein, wenn er durchhängt.',
			feel: 'Ihre Wirbelsäule bewegt sich sanft, ein kleines Stück nach dem anderen.',
			cue: 'Katze-Kuh. Machen Sie den Rücken langsam rund, dann lassen Sie ihn durchhängen.'
		},
		'pelvic-tilt': {
			name: 'Becken kippen',
			illustrationAlt:
				'Eine Person liegt mit angewinkelten Knien auf dem Rücken und drückt den unteren Rücken flach auf die Matte.',
			summary:
				'Ein kleines Kippen des Beckens, das den Bauch weckt und den unteren Rücken entlastet.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen.',
				'Spannen Sie den Bauch sanft an und drücken Sie den unteren Rücken in den Boden.',
				'Halten Sie einen Atemzug lang, dann lassen Sie locker.'
			],
			breathing:
				'Atmen Sie aus, wenn Sie den Rücken flach machen, und ein, wenn Sie locker lassen.',
			feel: 'Leichte Arbeit im Bauch und ein kleines Kippen des Beckens.',
			cue: 'Becken kippen. Drücken Sie den unteren Rücken sanft in den Boden, dann lassen Sie locker.'
		},
		'lower-trunk-rotation': {
			name: 'Knie zur Seite kippen',
			illustrationAlt:
				'Von oben gesehen: Eine Person liegt auf dem Rücken, die Arme weit ausgebreitet, und kippt die angewinkelten Knie zur einen und dann zur anderen Seite.',
			summary: 'Die Knie kippen von Seite zu Seite und drehen den unteren Rücken sanft.',
			steps: [
				'Legen Sie sich auf den Rücken, die Knie angewinkelt, die Füße zusammen und die Arme weit ausgebreitet.',
				'Lassen Sie beide Knie langsam zu einer Seite kippen, nur so weit, wie es angenehm ist.',
				'Bringen Sie sie zurück zur Mitte und kippen Sie sie dann zur anderen Seite.',
				'Lassen Sie beide Schultern auf dem Boden liegen.'
			],
			breathing: 'Atmen Sie aus, wenn die Knie kippen, und ein, wenn sie zurückkommen.',
			feel: 'Eine weiche Drehung im unteren Rücken und an den Seiten der Hüften.',
			cue: 'Lassen Sie die Knie langsam von Seite zu Seite kippen.'
		},
		'figure-four': {
			name: 'Gesäßdehnung mit überkreuztem Bein',
			illustrationAlt:
				'Von oben gesehen: Eine Person liegt auf dem Rücken, ein Knöchel liegt über dem angewinkelten Knie des anderen Beins.',
			summary:
				'Lockert die tiefen Gesäßmuskeln, die sich oft zusammen mit dem unteren Rücken verspannen.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen.',
				'Legen Sie einen Knöchel über das andere Knie.',
				'Bleiben Sie so, oder heben Sie den unteren Fuß an und ziehen Sie beide Beine sanft zu sich heran.',
				'Lassen Sie Kopf und Schultern locker auf dem Boden liegen.'
			],
			breathing:
				'Atmen Sie langsam und lassen Sie das überkreuzte Knie beim Ausatmen ein wenig weiter nach außen sinken.',
			feel: 'Eine Dehnung tief im Gesäß und außen an der Hüfte des überkreuzten Beins.',
			cue: 'Bein überkreuzen. Legen Sie einen Knöchel über das Knie und lassen Sie die Dehnung wirken.'
		},
		sphinx: {
			name: 'Sphinx',
			illustrationAlt:
				'Eine Person liegt auf dem Bauch und stützt sich auf die Unterarme, die Ellbogen unter den Schultern.',
			summary: 'Eine sanfte Beugung nach hinten, auf die Unterarme gestützt.',
			steps: [
				'Legen Sie sich auf den Bauch, die Beine lang.',
				'Bringen Sie die Ellbogen unter die Schultern, die Unterarme auf dem Boden.',
				'Heben Sie die Brust ein wenig an und lassen Sie unteren Rücken und Gesäß locker.',
				'Legen Sie sich zum Schluss langsam wieder ab.'
			],
			breathing: 'Atmen Sie langsam und lassen Sie den Bauch locker zum Boden sinken.',
			feel: 'Eine leichte Dehnung am Bauch und eine sanfte Wölbung im unteren Rücken.',
			cue: 'Sphinx. Stützen Sie sich auf die Unterarme und lassen Sie den unteren Rücken locker.'
		},
		'hamstring-strap': {
			name: 'Dehnung der Oberschenkelrückseite mit einem Gurt',
			illustrationAlt:
				'Eine Person liegt auf dem Rücken, ein Bein ist angehoben, mit einem Gurt um den Fuß, das andere Knie ist angewinkelt.',
			summary:
				'Dehnt die Oberschenkelrückseite, die den unteren Rücken belasten kann, wenn sie verspannt ist.',
			steps: [
				'Legen Sie sich auf den Rücken, beide Knie angewinkelt.',
				'Legen Sie einen Gurt, einen Gürtel oder ein Handtuch um den Fußballen eines Fußes.',
				'Strecken Sie dieses Bein zur Decke und halten Sie den Gurt mit beiden Händen.',
				'Lassen Sie das Knie leicht gebeugt, wenn die Dehnung stark ist.'
			],
			breathing: 'Atmen Sie langsam; lassen Sie das Bein beim Ausatmen ein wenig näher kommen.',
			feel: 'Eine Dehnung an der Rückseite des angehobenen Oberschenkels.',
			cue: 'Oberschenkelrückseite. Heben Sie ein Bein mit dem Gurt an und lassen Sie das Knie locker.'
		},
		'glute-bridge': {
			name: 'Brücke',
			illustrationAlt:
				'Eine Person liegt mit angewinkelten Knien auf dem Rücken, hebt das Becken etwas von der Matte und senkt es wieder.',
			summary: 'Weckt sanft die Gesäßmuskeln, die den unteren Rücken stützen.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen, hüftbreit auseinander.',
				'Drücken Sie die Fersen in den Boden und heben Sie das Becken ein wenig an.',
				'Halten Sie einen Atemzug lang, dann senken Sie es langsam ab.',
				'Heben Sie nur so hoch, wie es leicht geht; ein kleines Stück reicht.'
			],
			breathing: 'Atmen Sie beim Anheben aus und beim Absenken ein.',
			feel: 'Arbeit im Gesäß und an den Oberschenkelrückseiten, nicht im unteren Rücken.',
			cue: 'Brücke. Drücken Sie die Fersen in den Boden und heben Sie das Becken ein wenig an.'
		},
		'bird-dog': {
			name: 'Arm und Bein diagonal strecken',
			illustrationAlt:
				'Eine Person auf Händen und Knien mit geradem Rücken streckt einen Arm nach vorn und das andere Bein auf Hüfthöhe nach hinten, dann den anderen Arm und das andere Bein.',
			summary: 'Eine ruhige Balance, die der Wirbelsäule sanft Halt gibt.',
			steps: [
				'Beginnen Sie auf Händen und Knien, mit geradem Rücken.',
				'Strecken Sie einen Arm nach vorn und das gegenüberliegende Bein nach hinten, nicht höher als die Hüfte.',
				'Halten Sie einen Atemzug lang und lassen Sie die Hüfte gerade.',
				'Kommen Sie langsam zurück und wiederholen Sie.'
			],
			breathing: 'Atmen Sie beim Strecken aus und beim Zurückkommen ein.',
			feel: 'Ruhige Arbeit in Bauch, Gesäß und Rücken, ohne Anstrengung.',
			cue: 'Arm und Bein diagonal. Strecken Sie einen Arm nach vorn und das andere Bein nach hinten.'
		},
		'seated-forward-fold': {
			name: 'Im Sitzen nach vorn beugen',
			illustrationAlt:
				'Eine Person sitzt auf einem Stuhl und ist über die Oberschenkel nach vorn gebeugt, Kopf und Arme hängen nach unten.',
			summary:
				'Eine langsame Beugung nach vorn auf einem Stuhl, bei der der Rücken rund wird und sich ausruht.',
			steps: [
				'Setzen Sie sich vorn auf einen stabilen Stuhl, die Füße flach und auseinander.',
				'Beugen Sie sich langsam nach vorn und lassen Sie die Brust zu den Oberschenkeln sinken.',
				'Lassen Sie Kopf und Arme hängen.',
				'Richten Sie sich langsam wieder auf und stützen Sie sich dabei sanft mit den Händen auf den Oberschenkeln ab.'
			],
			breathing: 'Atmen Sie beim Vorbeugen aus, dann atmen Sie langsam in den Rücken.',
			feel: 'Eine sanfte, runde Dehnung entlang des Rückens.',
			stopAlso: 'Richten Sie sich langsam auf, wenn Ihnen schwindlig wird.',
			cue: 'Nach vorn beugen. Beugen Sie sich langsam vor und lassen Sie Kopf und Arme hängen.'
		},
		'seated-twist': {
			name: 'Drehung im Sitzen',
			illustrationAlt:
				'Eine Person sitzt aufrecht auf einem Stuhl, eine Hand auf dem gegenüberliegenden Knie, die andere hinter sich, und dreht sich sanft.',
			summary: 'Eine sanfte Drehung des Oberkörpers, die den Rücken nach langem Sitzen lockert.',
			steps: [
				'Setzen Sie sich aufrecht auf einen stabilen Stuhl, die Füße flach auf dem Boden.',
				'Legen Sie eine Hand auf das gegenüberliegende Knie und die andere hinter sich auf die Sitzfläche.',
				'Drehen Sie die Brust sanft zu der Hand hinter Ihnen.',
				'Kommen Sie langsam zurück zur Mitte.'
			],
			breathing:
				'Richten Sie sich beim Einatmen auf und drehen Sie sich beim Ausatmen ein wenig weiter.',
			feel: 'Eine leichte Dehnung an den Seiten des Rückens.',
			cue: 'Drehung im Sitzen. Sitzen Sie aufrecht und drehen Sie sich sanft, ohne zu drücken.'
		},
		'standing-back-extension': {
			name: 'Im Stehen nach hinten beugen',
			illustrationAlt:
				'Eine Person steht mit den Händen am unteren Rücken, lehnt sich ein wenig nach hinten und richtet sich wieder auf.',
			summary: 'Eine kleine Beugung nach hinten, die die gekrümmte Haltung vom Sitzen ausgleicht.',
			steps: [
				'Stellen Sie sich aufrecht hin, die Füße hüftbreit auseinander.',
				'Legen Sie die Hände an den unteren Rücken, die Finger zeigen nach unten.',
				'Lehnen Sie sich sanft nach hinten, nur ein wenig, die Knie locker.',
				'Richten Sie sich wieder auf.'
			],
			breathing: 'Atmen Sie beim Zurücklehnen ein und beim Aufrichten aus.',
			feel: 'Eine sanfte Wölbung im unteren Rücken.',
			cue: 'Hände an den unteren Rücken. Lehnen Sie sich sanft nach hinten, dann richten Sie sich auf.'
		},
		'hip-flexor-lunge': {
			name: 'Dehnung der Hüftvorderseite im Knien',
			illustrationAlt:
				'Eine Person kniet auf einem Knie, der andere Fuß steht vorn, der Oberkörper ist aufrecht, die Hüfte schiebt sich leicht nach vorn.',
			summary:
				'Dehnt die Vorderseite der Hüfte, die bei langem Sitzen kürzer wird und den unteren Rücken belasten kann.',
			steps: [
				'Knien Sie sich auf ein Knie, der andere Fuß steht flach vor Ihnen. Polstern Sie das Knie.',
				'Halten Sie sich an einem Stuhl oder an der Wand fest, wenn Sie möchten.',
				'Ziehen Sie das Steißbein ein wenig nach unten und schieben Sie die Hüfte sanft nach vorn.',
				'Halten Sie den Oberkörper aufrecht.'
			],
			breathing:
				'Atmen Sie langsam und lassen Sie die Hüfte beim Ausatmen ein wenig nach vorn kommen.',
			feel: 'Eine Dehnung vorn an der Hüfte des hinteren Beins.',
			cue: 'Hüftvorderseite. Ziehen Sie das Steißbein nach unten und schieben Sie die Hüfte sanft nach vorn.'
		},
		'gentle-walk': {
			name: 'Ruhiges Gehen',
			illustrationAlt: 'Eine Person geht aufrecht in ruhigem Tempo, die Arme schwingen locker.',
			summary:
				'Gehen nach der Uhr, nicht nach der Strecke: Gehen Sie die eingestellte Zeit, so langsam Sie müssen.',
			steps: [
				'Gehen Sie in dem Tempo los, das Ihnen möglich ist. Kurze, langsame Schritte sind in Ordnung.',
				'Gehen Sie die halbe Zeit hin, dann drehen Sie um und gehen zurück.',
				'Hören Sie auf, wenn die Zeit um ist, auch an einem guten Tag; beim nächsten Mal können Sie eine Minute dazunehmen.',
				'Wenn ein Krampf einsetzt, bleiben Sie stehen und dehnen Sie sanft.'
			],
			breathing: 'Atmen Sie ruhig. Beim Gehen sollten Sie noch sprechen können.',
			feel: 'Die Steifheit lässt beim Gehen etwas nach, Rücken und Hüften werden warm.',
			cue: 'Gehen Sie die Zeit auf der Uhr, so langsam Sie möchten. Kurze, ruhige Schritte.',
			halfwayCue: 'Halbzeit. Drehen Sie um und gehen Sie zurück.'
		},
		'supine-rest': {
			name: 'Ausruhen auf dem Rücken',
			illustrationAlt:
				'Eine Person liegt auf dem Rücken, ein Kissen unter dem Kopf, die Knie angewinkelt, die Füße flach und die Hände auf dem Bauch.',
			summary:
				'Auf dem Rücken liegen, mit angewinkelten Knien, damit die Rückenmuskeln aufhören zu arbeiten.',
			steps: [
				'Legen Sie sich auf eine Matte oder ein festes Bett auf den Rücken, mit einem dünnen Kissen unter dem Kopf.',
				'Winkeln Sie die Knie an und stellen Sie die Füße hüftbreit flach auf.',
				'Legen Sie die Hände auf den Bauch und lassen Sie den Rücken in den Boden sinken.'
			],
			breathing:
				'Atmen Sie langsam und lassen Sie den Bauch unter Ihren Händen steigen und sinken.',
			feel: 'Die Rückenmuskeln werden weicher und lassen los.',
			cue: 'Ruhen Sie sich auf dem Rücken aus, die Knie angewinkelt. Lassen Sie den Rücken in den Boden sinken.',
			halfwayCue:
				'Spüren Sie, wo Sie noch festhalten: im Kiefer, in den Schultern, im Bauch. Lassen Sie dort los.'
		},
		'seated-pelvic-tilt': {
			name: 'Becken kippen im Sitzen',
			illustrationAlt:
				'Eine Person sitzt auf einem Stuhl, macht den unteren Rücken langsam rund und setzt sich dann wieder aufrecht hin.',
			summary: 'Ein kleines Kippen des Beckens, das Sie auch am Schreibtisch machen können.',
			steps: [
				'Setzen Sie sich vorn auf einen Stuhl, die Füße flach auf dem Boden.',
				'Kippen Sie das Becken nach hinten, sodass der untere Rücken etwas rund wird.',
				'Kippen Sie es dann nach vorn und setzen Sie sich aufrecht hin.',
				'Halten Sie die Bewegung klein und fließend.'
			],
			breathing:
				'Atmen Sie aus, wenn Sie den Rücken rund machen, und ein, wenn Sie sich aufrichten.',
			feel: 'Der untere Rücken bewegt sich sanft, nachdem er stillgehalten hat.',
			cue: 'Becken kippen im Sitzen. Machen Sie den unteren Rücken langsam rund, dann setzen Sie sich aufrecht hin.'
		},
		'standing-side-bend': {
			name: 'Seitbeuge im Stehen',
			illustrationAlt:
				'Von vorn gesehen: Eine Person steht mit gegrätschten Füßen, ein Arm reicht nach oben und über den Kopf, sie neigt sich sanft zur Seite.',
			summary: 'Eine sanfte Neigung, die die Seite von Taille und Rücken dehnt.',
			steps: [
				'Stellen Sie sich hin, die Füße hüftbreit auseinander, die Knie locker.',
				'Heben Sie einen Arm über den Kopf und legen Sie die andere Hand auf den Oberschenkel.',
				'Neigen Sie sich sanft zur Seite, weg vom erhobenen Arm.',
				'Richten Sie sich langsam wieder auf.'
			],
			breathing: 'Atmen Sie ein, wenn Sie den Arm heben, und aus, wenn Sie sich neigen.',
			feel: 'Eine Dehnung an der Seite von Taille und Rücken.',
			cue: 'Seitbeuge. Heben Sie einen Arm über den Kopf und neigen Sie sich sanft zur Seite.'
		},
		'prone-rest': {
			name: 'Ausruhen auf dem Bauch mit Kissen',
			illustrationAlt:
				'Eine Person liegt auf dem Bauch, ein Kissen unter dem Bauch, den Kopf zur Seite gedreht, die Arme locker.',
			summary:
				'Ausruhen auf dem Bauch mit einem Kissen darunter, für alle, denen das leichter fällt als die Rückenlage.',
			steps: [
				'Legen Sie sich auf einem festen Bett oder einer Matte auf den Bauch.',
				'Schieben Sie ein Kissen unter den Bauch, damit der untere Rücken nicht ins Hohlkreuz geht.',
				'Drehen Sie den Kopf zu der Seite, die angenehm ist.',
				'Legen Sie die Arme neben den Körper oder neben den Kopf und lassen Sie den Rücken zur Ruhe kommen.'
			],
			breathing: 'Atmen Sie langsam in den Bauch und spüren Sie, wie er sanft ins Kissen drückt.',
			feel: 'Der untere Rücken ruht sich aus und wird weicher.',
			stopAlso:
				'Wenn das Liegen auf dem Bauch unangenehm ist, ruhen Sie sich stattdessen auf dem Rücken oder auf der Seite aus.',
			cue: 'Ruhen Sie sich auf dem Bauch aus, ein Kissen unter dem Bauch. Lassen Sie den Rücken locker.'
		},
		'wall-lean': {
			name: 'An die Wand lehnen',
			illustrationAlt:
				'Eine Person steht mit dem Rücken an einer Wand, die Knie locker, und bringt den unteren Rücken näher an die Wand.',
			summary: 'Becken kippen im Stehen an einer Wand, leicht in einer Pause zu machen.',
			steps: [
				'Stellen Sie sich mit dem Rücken an eine Wand, die Füße einen kleinen Schritt davor, die Knie locker.',
				'Spannen Sie den Bauch sanft an und bringen Sie den unteren Rücken näher an die Wand.',
				'Halten Sie einen Atemzug lang, dann lassen Sie locker.'
			],
			breathing: 'Atmen Sie aus, wenn Sie nach hinten drücken, und ein, wenn Sie locker lassen.',
			feel: 'Leichte Arbeit im Bauch und eine sanfte Entlastung im unteren Rücken.',
			cue: 'An die Wand lehnen. Bringen Sie den unteren Rücken näher an die Wand, dann lassen Sie locker.'
		},
		'settle-on-the-floor': {
			name: 'Am Boden zur Ruhe kommen, wo Sie sind',
			illustrationAlt:
				'Von oben gesehen: Eine Person liegt auf der Seite auf dem Boden, die Knie angewinkelt, ein Kissen unter dem Kopf.',
			summary:
				'Sie sind schon auf dem Boden? Bleiben Sie unten. Drehen Sie sich von dort, wo Sie sind, Stück für Stück auf die Seite oder den Rücken, ohne Knien.',
			steps: [
				'Bleiben Sie einen Moment, wo Sie sind, und atmen Sie langsam aus. Es eilt nicht.',
				'Wenn Sie auf dem Bauch oder auf Händen und Knien sind, legen Sie sich langsam auf eine Seite, die Knie angewinkelt.',
				'Nehmen Sie ein Kissen oder zusammengelegte Kleidung für den Kopf, wenn etwas in der Nähe ist.',
				'Bleiben Sie auf der Seite oder drehen Sie sich auf den Rücken. Drehen Sie dabei Schultern und Hüfte gleichzeitig.'
			],
			breathing:
				'Atmen Sie bei jeder Bewegung aus und ruhen Sie zwischen den kleinen Bewegungen ein, zwei Atemzüge lang.',
			feel: 'Der Boden trägt Ihr Gewicht, und Ihr Rücken muss Sie nicht mehr halten.',
			stopAlso: 'Sie können die ganze Ruhezeit auf der Seite bleiben.',
			cue: 'Bleiben Sie unten. Legen Sie sich langsam auf die Seite, die Knie angewinkelt. Bleiben Sie so oder drehen Sie sich auf den Rücken.'
		},
		'sit-on-the-bed': {
			name: 'Auf ein Bett oder Sofa setzen',
			illustrationAlt:
				'Eine Person steht mit den Händen auf den Oberschenkeln und sitzt dann auf der Bettkante, die Hände neben der Hüfte.',
			summary:
				'Gehen Sie aus dem Stehen oder von einem Stuhl mit kleinen Schritten zum nächsten Bett oder Sofa und setzen Sie sich auf die Kante, bereit zum Hinlegen.',
			steps: [
				'Wenn Sie sitzen, rutschen Sie an die Vorderkante des Sitzes, legen die Hände auf die Oberschenkel und drücken sich hoch in den Stand.',
				'Gehen Sie mit kleinen Schritten langsam zum nächsten Bett oder Sofa und halten Sie sich an Möbeln oder an der Wand fest.',
				'Drehen Sie sich so, dass die Rückseiten Ihrer Beine die Kante berühren.',
				'Hände auf die Oberschenkel, Knie beugen und auf die Kante sinken, etwa dort, wo beim Hinlegen Ihre Hüfte sein wird.'
			],
			breathing:
				'Atmen Sie beim Aufstehen und beim Hinsetzen aus. Halten Sie möglichst nicht die Luft an.',
			feel: 'Beine und Arme machen die Arbeit, der Rücken bleibt ziemlich aufrecht.',
			stopAlso:
				'Wenn Sie kein Bett und kein Sofa erreichen, setzen Sie sich auf einen stabilen Stuhl mit Rückenlehne.',
			cue: 'Mit kleinen Schritten zum nächsten Bett oder Sofa. Umdrehen, Hände auf die Oberschenkel, und auf die Kante setzen.'
		},
		'log-roll-out-of-bed': {
			name: 'Über die Seite aus dem Bett aufstehen',
			illustrationAlt:
				'Eine Person liegt auf der Seite an der Bettkante, die Unterschenkel hängen über den Rand, sie drückt sich mit beiden Armen hoch und sitzt dann auf der Kante, die Füße auf dem Boden.',
			summary:
				'Aus dem Liegen aufstehen, ohne sich zu verdrehen oder gerade hochzukommen: als Ganzes auf die Seite drehen und dann die Arme heben lassen.',
			steps: [
				'Legen Sie sich nah an der Bettkante auf den Rücken und winkeln Sie beide Knie an.',
				'Drehen Sie sich zur Kante hin auf die Seite, Schultern, Hüfte und Knie gleichzeitig.',
				'Lassen Sie die Unterschenkel über die Kante gleiten und drücken Sie sich dabei mit beiden Armen seitlich hoch.',
				'Bleiben Sie ein paar Atemzüge auf der Kante sitzen, die Füße flach auf dem Boden.',
				'Zum Aufstehen rutschen Sie nach vorn, legen die Hände auf die Oberschenkel und drücken sich hoch.'
			],
			breathing: 'Atmen Sie beim Hochdrücken aus. Halten Sie möglichst nicht die Luft an.',
			feel: 'Arme und Beine tragen das Gewicht, der Rücken bleibt ziemlich ruhig.',
			cue: 'Über die Seite. Knie angewinkelt, auf die Seite drehen, dann mit den Armen hochdrücken, während die Beine über die Kante gehen.'
		},
		'log-roll-into-bed': {
			name: 'Über die Seite ins Bett legen',
			illustrationAlt:
				'Eine Person sitzt auf der Bettkante, senkt sich auf einen Ellbogen zur Seite ab und hebt beide Beine gleichzeitig aufs Bett.',
			summary:
				'Legen Sie sich so hin, wie Sie aufstehen würden, nur umgekehrt, damit Ihr Rücken sich nie verdrehen und nie Ihr Gewicht tragen muss.',
			steps: [
				'Setzen Sie sich auf die Kante von Bett oder Sofa, etwa dort, wo beim Hinlegen Ihre Hüfte sein wird.',
				'Lehnen Sie sich zur Seite und lassen Sie sich mit dem Ellbogen und der anderen Hand ab.',
				'Während die Schulter nach unten geht, heben Sie beide Beine gleichzeitig an, die Knie angewinkelt.',
				'Drehen Sie sich auf den Rücken, Schultern und Hüfte gleichzeitig.'
			],
			breathing: 'Atmen Sie langsam aus, während Sie sich ablassen.',
			feel: 'Ihre Arme tragen das Gewicht, und Ihr Rücken bleibt beim Hinlegen ruhig.',
			cue: 'Setzen Sie sich auf die Bettkante. Lassen Sie sich mit den Armen auf die Seite ab, heben Sie beide Beine zugleich an und drehen Sie sich auf den Rücken.'
		},
		'floor-down-in-stages': {
			name: 'In Etappen auf den Boden',
			illustrationAlt:
				'Eine Person im Halbknien, ein Knie auf dem Boden, der andere Fuß flach davor, beide Hände auf einer Stuhlsitzfläche, dann auf Händen und Knien auf dem Boden.',
			summary:
				'Gehen Sie Stück für Stück auf den Boden, mit einem stabilen Stuhl zum Festhalten. Dabei knien Sie kurz.',
			steps: [
				'Stellen Sie sich vor einen stabilen Stuhl und legen Sie beide Hände auf die Sitzfläche.',
				'Setzen Sie einen Fuß zurück und senken Sie dieses Knie auf den Boden, während Sie sich am Stuhl halten. Ein gefaltetes Handtuch polstert das Knie.',
				'Setzen Sie das andere Knie ab, sodass Sie mit den Händen auf dem Stuhl knien.',
				'Setzen Sie die Hände auf den Boden. Für eine Übung im Knien bleiben Sie auf Händen und Knien.',
				'Für eine Übung auf dem Rücken setzen Sie sich auf eine Hüfte, legen sich auf die Seite und drehen sich dann mit angewinkelten Knien auf den Rücken.'
			],
			breathing:
				'Atmen Sie bei jeder Etappe nach unten aus und nehmen Sie sich dazwischen ein, zwei Atemzüge Zeit.',
			feel: 'Beine und Arme machen die Arbeit, der Rücken bleibt ziemlich gerade.',
			stopAlso:
				'Wenn das Knien wehtut, ruhen Sie sich auf einem Bett oder Sofa aus statt auf dem Boden.',
			cue: 'In Etappen nach unten. Hände auf den Stuhl, ein Knie ab, dann das andere, dann auf die Seite.'
		},
		'floor-up-in-stages': {
			name: 'In Etappen vom Boden aufstehen',
			illustrationAlt:
				'Eine Person im Halbknien, ein Knie auf dem Boden, der andere Fuß flach davor, beide Hände auf einer Stuhlsitzfläche, dann aufrecht mit gestreckten Beinen, die Hände an der Stuhllehne.',
			summary:
				'Stehen Sie Stück für Stück vom Boden auf und stützen Sie sich dabei auf einen stabilen Stuhl, damit Ihre Beine die Arbeit machen.',
			steps: [
				'Drehen Sie sich auf die Seite und drücken Sie sich dann auf Hände und Knie hoch.',
				'Gehen Sie nah an einen stabilen Stuhl und legen Sie beide Hände auf die Sitzfläche.',
				'Setzen Sie einen Fuß flach nach vorn auf den Boden, sodass Sie halb knien.',
				'Drücken Sie sich mit dem vorderen Bein und den Armen in den Stand, den Rücken ziemlich gerade.',
				'Stehen Sie ein, zwei Atemzüge still, bevor Sie losgehen.'
			],
			breathing: 'Atmen Sie bei jeder Etappe nach oben aus.',
			feel: 'Beine und Arme heben Sie an, der Rücken bleibt ruhig.',
			stopAlso:
				'Wenn Sie nicht hochkommen, ruhen Sie sich eine Weile auf der Seite aus oder bitten Sie jemanden, den Stuhl festzuhalten.',
			cue: 'In Etappen nach oben. Auf Hände und Knie, Hände auf den Stuhl, einen Fuß nach vorn, dann hochdrücken.'
		},
		'rest-legs-on-chair': {
			name: 'Ausruhen mit den Beinen auf einem Stuhl (Stufenlagerung)',
			illustrationAlt:
				'Eine Person liegt auf dem Rücken auf dem Boden, den Kopf auf einem Kissen, die Unterschenkel auf einer Stuhlsitzfläche, Hüfte und Knie im rechten Winkel gebeugt.',
			summary:
				'Legen Sie sich auf den Rücken, die Unterschenkel auf einem Stuhl oder Sofa: für viele die bequemste Haltung bei einem Krampf im Rücken.',
			steps: [
				'Legen Sie sich auf den Rücken, mit einem dünnen Kissen unter dem Kopf.',
				'Legen Sie die Unterschenkel auf die Sitzfläche eines Stuhls oder Sofas, oder im Bett auf mehrere feste Kissen.',
				'Rutschen Sie, bis Hüfte und Knie etwa im rechten Winkel gebeugt sind.',
				'Lassen Sie die Arme ruhen und den Rücken nach unten sinken.'
			],
			breathing:
				'Atmen Sie langsam in den Bauch und lassen Sie jedes Ausatmen ein wenig länger werden.',
			feel: 'Die Rückenmuskeln werden weicher, sie müssen nichts mehr halten.',
			stopAlso:
				'Wenn diese Haltung wehtut, legen Sie sich auf die Seite, mit einem Kissen zwischen den Knien.',
			cue: 'Ruhen Sie sich aus, die Unterschenkel auf einem Stuhl oder auf Kissen. Lassen Sie den Rücken nach unten sinken.',
			halfwayCue: 'Lassen Sie die Schultern sinken. Mit jedem Ausatmen wird Ihr Rücken schwerer.'
		},
		'rest-side-pillow': {
			name: 'Ausruhen auf der Seite mit Kissen',
			illustrationAlt:
				'Eine Person liegt auf der Seite, die Knie angewinkelt, ein Kissen zwischen den Knien und ein Kissen unter dem Kopf.',
			summary:
				'Legen Sie sich auf die Seite, die Knie angewinkelt und ein Kissen dazwischen, damit die Hüfte gerade bleibt und der Rücken ruhen kann.',
			steps: [
				'Legen Sie sich auf die Seite, die angenehmer ist, mit einem Kissen unter dem Kopf.',
				'Winkeln Sie die Knie etwas an und legen Sie ein Kissen dazwischen.',
				'Legen Sie den oberen Arm auf ein Kissen oder an die Seite.',
				'Lassen Sie den Rücken zur Ruhe kommen. Bewegen Sie sich, wann immer Sie es brauchen.'
			],
			breathing: 'Atmen Sie langsam und lassen Sie den Bauch weich werden.',
			feel: 'Die Hüfte liegt gerade, und der Rücken ruht sich aus.',
			stopAlso: 'Wechseln Sie die Seite oder die Haltung, wann immer Sie es brauchen.',
			cue: 'Ausruhen auf der Seite. Knie angewinkelt, ein Kissen dazwischen. Lassen Sie den Rücken locker.',
			halfwayCue:
				'Lassen Sie Kiefer und Schultern weich werden. Jetzt gibt es nichts zu tun als zu atmen.'
		},
		'belly-breathing': {
			name: 'Bauchatmung',
			illustrationAlt:
				'Eine Person liegt mit angewinkelten Knien auf dem Rücken, eine Hand auf dem Bauch, eine auf der Brust.',
			summary:
				'Langsame, ruhige Atemzüge in den Bauch, auf dem Rücken liegend mit angewinkelten Knien, damit verspannte Rückenmuskeln loslassen können.',
			steps: [
				'Legen Sie sich auf den Rücken, mit angewinkelten Knien und flach aufgestellten Füßen, oder mit den Beinen auf Kissen.',
				'Legen Sie eine Hand auf den Bauch und eine auf die Brust.',
				'Atmen Sie sanft durch die Nase ein und spüren Sie, wie sich der Bauch unter Ihrer Hand hebt.',
				'Atmen Sie langsam aus, etwas länger als beim Einatmen, und lassen Sie den Bauch sinken.'
			],
			breathing: 'Etwa vier Zählzeiten ein, etwa sechs aus. Sie müssen nichts erzwingen.',
			feel: 'Der Bauch hebt und senkt sich, Rücken und Schultern werden schwerer.',
			stopAlso: 'Wenn Ihnen vom langsamen Atmen schwindlig wird, atmen Sie eine Weile normal.',
			cue: 'Bauchatmung. Eine Hand auf den Bauch. Atmen Sie sanft ein und langsam aus.',
			halfwayCue:
				'Atmen Sie weiter langsam. Lassen Sie den Rücken mit jedem Ausatmen etwas tiefer sinken.'
		},
		'brace-cough-sneeze': {
			name: 'Beim Husten und Niesen den Bauch anspannen',
			illustrationAlt:
				'Eine Person steht mit leicht gebeugten Knien, eine Hand flach auf dem Bauch, und spannt an.',
			summary:
				'Den Bauch leicht anspannen, bevor Sie husten oder niesen, damit der Rücken weniger Stoß abbekommt. Üben Sie es, dann nutzen Sie es, wenn es so weit ist.',
			steps: [
				'Wenn Sie merken, dass ein Husten oder Niesen kommt, bleiben Sie ruhig stehen oder setzen Sie sich, wenn es geht.',
				'Beugen Sie die Knie leicht und legen Sie eine Hand flach auf den Bauch.',
				'Spannen Sie den Bauch unter Ihrer Hand sanft an, als wollten Sie gleich leicht schieben.',
				'Husten oder niesen Sie, dann lassen Sie den Bauch wieder locker.'
			],
			breathing: 'Atmen Sie beim Üben weiter, dann atmen Sie aus und lassen los.',
			feel: 'Ein fester Bauch unter Ihrer Hand, und weniger Stoß im Rücken.',
			cue: 'Anspannen üben. Knie locker, eine Hand auf den Bauch. Sanft anspannen, dann loslassen.'
		},
		'socks-shoes-sitting': {
			name: 'Socken und Schuhe im Sitzen anziehen',
			illustrationAlt:
				'Eine Person sitzt aufrecht auf einem Stuhl, ein Knöchel liegt auf dem anderen Knie, und sie zieht eine Socke an.',
			summary:
				'Ziehen Sie Socken und Schuhe im Sitzen an und bringen Sie jeden Fuß zu sich, statt sich zu ihm hinunterzubeugen.',
			steps: [
				'Setzen Sie sich auf einen stabilen Stuhl oder auf die Bettkante, die Füße flach.',
				'Heben Sie einen Fuß und legen Sie ihn auf das andere Knie oder auf einen niedrigen Hocker.',
				'Ziehen Sie Socke oder Schuh an und halten Sie den Rücken dabei ziemlich aufrecht.',
				'Stellen Sie den Fuß ab und machen Sie den anderen. Schuhe zum Hineinschlüpfen oder ein langer Schuhlöffel machen es leichter.'
			],
			breathing: 'Atmen Sie ruhig und atmen Sie aus, wenn Sie einen Fuß heben.',
			feel: 'Ihre Hüfte beugt sich, während der Rücken ziemlich aufrecht bleibt.',
			stopAlso: 'Wenn das Heben des Fußes wehtut, lassen Sie sich vorerst helfen.',
			cue: 'Socken und Schuhe im Sitzen. Bringen Sie den Fuß zu sich.'
		},
		'car-in-out': {
			name: 'Ins Auto ein- und aussteigen',
			illustrationAlt:
				'Eine Person sitzt seitlich auf einem Autositz, beide Füße auf dem Boden, und will gleich beide Beine zusammen hineindrehen.',
			summary:
				'Setzen Sie sich zuerst auf den Sitz und drehen Sie dann die Beine zusammen hinein, damit sich der Rücken nicht verdreht.',
			steps: [
				'Schieben Sie den Sitz nach hinten. Stellen Sie sich mit dem Rücken zum Sitz.',
				'Halten Sie sich am Türrahmen fest und lassen Sie sich auf den Sitz sinken, den Kopf zuletzt.',
				'Drehen Sie Beine und Hüfte mit geschlossenen Knien in kleinen Schritten gemeinsam ins Auto.',
				'Zum Aussteigen umgekehrt: Beine zusammen hinausdrehen, Füße auf den Boden, dann aufstehen.'
			],
			breathing: 'Atmen Sie beim Hinsetzen und beim Aufstehen aus.',
			feel: 'Ihr Körper dreht sich als Ganzes, ohne Drehung in der Taille.',
			cue: 'Setzen Sie sich zuerst auf den Sitz, dann drehen Sie die Beine zusammen hinein.'
		},
		'supported-sitting': {
			name: 'Sitzen mit Stütze',
			illustrationAlt:
				'Eine Person sitzt aufrecht auf einem Stuhl, ein gerolltes Handtuch hinter dem unteren Rücken, die Füße flach auf dem Boden.',
			summary:
				'Sitzen Sie mit einem gerollten Handtuch am unteren Rücken und flachen Füßen, damit der Stuhl Sie hält.',
			steps: [
				'Setzen Sie sich ganz nach hinten auf einen festen Stuhl.',
				'Legen Sie ein gerolltes Handtuch oder ein kleines Kissen hinter den unteren Rücken.',
				'Stellen Sie die Füße flach auf den Boden, die Knie etwa auf Hüfthöhe.',
				'Stehen Sie alle 20 bis 30 Minuten auf und bewegen Sie sich.'
			],
			breathing: 'Atmen Sie ruhig und lassen Sie die Schultern sinken.',
			feel: 'Ihr Rücken wird gestützt, ohne dass Sie sich selbst halten müssen.',
			stopAlso: 'Wenn Sitzen wehtut, stehen Sie eine Weile oder legen Sie sich hin.',
			cue: 'Setzen Sie sich nach hinten, ein gerolltes Handtuch hinter dem unteren Rücken, die Füße flach.'
		}
	}
} satisfies Messages<typeof en>;
